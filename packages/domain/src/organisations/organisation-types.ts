/** Every kind of body that acts in OHNet (GLOSSARY.md). */
export const ORGANISATION_TYPES = [
  'health_authority', // 卫生健康行政部门
  'supervision_institute', // 卫生监督机构
  'cdc', // 疾病预防控制中心 / 职业病防治院所
  'employer', // 用人单位
  'tech_service_institution', // 职业卫生技术服务机构
  'exam_institution', // 职业健康检查机构
  'diagnosis_institution', // 职业病诊断机构
  'other_department', // 人社、医保、民政、市场监管等部门
  'platform_operator', // 平台运维单位 (home of system administrators)
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Departments that share data with the health system (部门协作). */
export const DEPARTMENT_KINDS = [
  'human_resources_social_security', // 人力资源和社会保障
  'healthcare_security', // 医疗保障
  'civil_affairs', // 民政
  'market_regulation', // 市场监督管理
  'emergency_management', // 应急管理
  'ecology_environment', // 生态环境
  'trade_union', // 总工会
  'development_reform', // 发展改革
  'other', // 其他
] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** Government and public bodies whose view is a region subtree rather than their own records. */
const REGION_SCOPED_TYPES: ReadonlySet<OrganisationType> = new Set([
  'health_authority',
  'supervision_institute',
  'cdc',
  'other_department',
]);

export function isRegionScopedType(type: OrganisationType): boolean {
  return REGION_SCOPED_TYPES.has(type);
}

/** Whether a USCC must be given when registering an organisation of this type. */
export function requiresUscc(type: OrganisationType): boolean {
  return type !== 'platform_operator';
}
