import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useSession } from '../../features/auth/index.ts';
import { NAV_GROUPS, NAV_ITEMS, type NavItem, navKeyOf } from './nav-items.tsx';

type MenuItem = Required<MenuProps>['items'][number];

/** The menu shows only what the role may open; the router still guards direct navigation. */
export function SideMenu() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { pathname } = useLocation();

  const allowed = (item: NavItem) => !item.permission || can(item.permission);
  const toMenuItem = (item: NavItem): MenuItem => ({
    key: item.key,
    icon: item.icon,
    label: (
      <Link to={item.path} data-testid={`menu-${item.key}`}>
        {t(item.labelKey)}
      </Link>
    ),
  });

  const items: MenuItem[] = [
    ...NAV_ITEMS.filter(allowed).map(toMenuItem),
    ...NAV_GROUPS.flatMap((group): MenuItem[] => {
      const children = group.items.filter(allowed).map(toMenuItem);
      return children.length > 0 ? [{ type: 'group', key: group.key, label: t(group.labelKey), children }] : [];
    }),
  ];
  const selected = navKeyOf(pathname);

  return <Menu mode="inline" items={items} selectedKeys={selected ? [selected] : []} style={{ borderInlineEnd: 'none' }} />;
}
