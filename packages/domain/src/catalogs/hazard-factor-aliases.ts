/**
 * Common free-text names of hazard factors, as written on declarations (职业病危害项目申报), test
 * reports and exam records, mapped to items of 职业病危害因素分类目录 (国卫疾控发〔2015〕92号).
 *
 * Rules for this table:
 * - a target is the id of a row that exists in data/hazard-factors.json (tests enforce it);
 * - an alias whose factor is not among the loaded rows has no target: it resolves to
 *   `not_in_catalogue_data`, never to a made-up row (the official list may or may not contain it —
 *   chemical items 60–79 and 90–375 are not loaded);
 * - several targets make the alias ambiguous on purpose (电离辐射 covers five radiation items);
 * - chemical formulas are matched case-insensitively, so a formula that collides with an element
 *   symbol (CO / Co) is left out.
 * Names that differ from a catalogue name only by width, spaces, brackets, 硅/矽 or a
 * parenthesised qualifier need no alias: the resolver normalises them.
 */

/** One alias group: the names and the catalogue rows they stand for. */
export interface HazardFactorAliasGroup {
  /** Row ids in hazardFactorRows (e.g. `dust-1`); empty when the factor is not in the loaded data. */
  targets: readonly string[];
  /** Free-text names, as people write them. */
  aliases: readonly string[];
  /** What the names denote when `targets` is empty (a plain description, not a catalogue name). */
  concept?: string;
  /** Why the mapping holds, or what to watch for. */
  note?: string;
}

/** The alias table. Order does not matter; an alias must appear in one group only. */
export const HAZARD_FACTOR_ALIAS_GROUPS: readonly HazardFactorAliasGroup[] = [
  // ── 粉尘 ──
  {
    targets: ['dust-1'],
    aliases: ['二氧化矽', '二氧化矽粉尘', '游离二氧化矽粉尘', '游离二氧化矽', '砂尘', '石英粉尘', '石英尘', '石英砂粉尘', '结晶型二氧化矽粉尘', '游离SiO2粉尘'],
    note: '矽尘 = dust with ≥10% free (crystalline) SiO2; amorphous precipitated silica is 白炭黑粉尘 (dust-13). 硅 and 矽 are folded by the resolver.',
  },
  { targets: ['dust-2'], aliases: ['煤粉尘', '煤矽尘', '原煤尘'], note: 'The surveillance case card prints 煤尘（煤矽尘）.' },
  { targets: ['dust-3'], aliases: ['石墨', '石墨尘'] },
  { targets: ['dust-4'], aliases: ['炭黑', '碳黑', '碳黑粉尘', '炭黑尘'] },
  { targets: ['dust-5'], aliases: ['石棉', '石棉尘', '石棉纤维', '温石棉'] },
  { targets: ['dust-6'], aliases: ['滑石', '滑石粉'] },
  { targets: ['dust-7'], aliases: ['水泥', '水泥尘'] },
  { targets: ['dust-8'], aliases: ['云母'] },
  { targets: ['dust-9'], aliases: ['陶土'] },
  {
    targets: ['dust-10'],
    aliases: ['铝粉尘', '铝金属粉尘', '铝合金粉尘', '铝金属、铝合金粉尘', '氧化铝粉尘', '铝矾土粉尘'],
    note: 'GBZ 188-2025 glosses 铝尘 as 铝、铝矾土、氧化铝; GBZ 2.1-2019 has separate limits for 铝金属、铝合金粉尘 and 氧化铝粉尘.',
  },
  { targets: ['dust-11'], aliases: ['焊接烟尘', '电焊烟', '焊烟', '电焊尘'] },
  { targets: ['dust-12'], aliases: ['铸造尘'] },
  { targets: ['dust-13'], aliases: ['白炭黑', '沉淀SiO2', '沉淀二氧化矽'] },
  { targets: ['dust-31'], aliases: ['棉花粉尘', '棉花尘'] },
  { targets: ['dust-32'], aliases: ['木尘', '木屑粉尘', '硬木粉尘', '软木粉尘'] },
  { targets: ['dust-36'], aliases: ['砂轮尘'] },
  { targets: ['dust-51'], aliases: ['硬质合金'] },
  { targets: ['dust-52'], aliases: ['其他粉尘'], note: 'The open clause 以上未提及的可导致职业病的其他粉尘.' },
  {
    targets: ['dust-16', 'dust-29', 'dust-43'],
    aliases: ['人造矿物纤维绝热棉粉尘', '绝热棉粉尘'],
    note: 'GBZ 2.1-2019 groups 玻璃棉、矿渣棉、岩棉; the catalogue lists them separately.',
  },

  // ── 化学因素 ──
  { targets: ['chemical-1'], aliases: ['铅', '铅烟', '铅尘', '铅及其无机化合物', '铅化合物'] },
  { targets: ['chemical-2'], aliases: ['汞', '水银', '金属汞', '汞蒸气', '汞及其无机化合物'] },
  { targets: ['chemical-3'], aliases: ['锰', '锰烟', '锰尘', '锰及其无机化合物', '二氧化锰'] },
  { targets: ['chemical-4'], aliases: ['镉', '镉烟', '镉及其无机化合物'] },
  { targets: ['chemical-5'], aliases: ['铍', '铍及其无机化合物'] },
  { targets: ['chemical-6'], aliases: ['铊', '铊及其无机化合物'] },
  { targets: ['chemical-7'], aliases: ['钡', '钡化合物', '钡及其可溶性化合物', '氯化钡'] },
  { targets: ['chemical-8'], aliases: ['钒', '五氧化二钒', '钒及其无机化合物'] },
  { targets: ['chemical-9'], aliases: ['磷', '黄磷', '磷及其无机化合物'] },
  { targets: ['chemical-10'], aliases: ['砷', '砷及其无机化合物'] },
  {
    targets: ['chemical-11', 'radioactive-7'],
    aliases: ['铀'],
    note: '铀及其化合物 is printed twice in the 2015 catalogue: 化学因素 11 and 放射性因素 7.',
  },
  { targets: ['chemical-12'], aliases: ['胂', '砷化三氢'] },
  { targets: ['chemical-13'], aliases: ['氯', '液氯', 'Cl2'] },
  { targets: ['chemical-14'], aliases: ['SO2'] },
  { targets: ['chemical-15'], aliases: ['碳酰氯'] },
  { targets: ['chemical-16'], aliases: ['氨气', '液氨', '氨水', 'NH3'] },
  { targets: ['chemical-17'], aliases: ['1,1-二甲基肼', 'UDMH'] },
  { targets: ['chemical-18'], aliases: ['氮氧化物', '一氧化氮', '二氧化氮', 'NOx'] },
  { targets: ['chemical-20'], aliases: ['CS2'] },
  { targets: ['chemical-21'], aliases: ['H2S'] },
  { targets: ['chemical-22'], aliases: ['磷化氢', '磷化锌', '磷化铝'] },
  { targets: ['chemical-23'], aliases: ['氟', '氟化氢', '氢氟酸', '氟化物'] },
  {
    targets: ['chemical-24'],
    aliases: ['氰化氢', '氢氰酸', '氰化物', '氰化钠', '氰化钾', '氰及腈类化合物'],
    note: 'Cyanides are covered by 氰及其腈类化合物; individual nitriles are not mapped (the list may name them among the unloaded items).',
  },
  { targets: ['chemical-26'], aliases: ['有机锡化合物', '三烷基锡'] },
  { targets: ['chemical-28'], aliases: ['纯苯'] },
  {
    targets: ['chemical-28', 'chemical-29', 'chemical-30'],
    aliases: ['苯系物', '三苯'],
    note: 'A group term for benzene, toluene and xylene: ask which one.',
  },
  {
    targets: ['chemical-30'],
    aliases: ['混合二甲苯', '邻二甲苯', '间二甲苯', '对二甲苯'],
    note: 'The catalogue item 二甲苯 (CAS 1330-20-7, mixed isomers) covers each isomer.',
  },
  { targets: ['chemical-31'], aliases: ['己烷', 'n-己烷'], note: 'Industrial 己烷 is mostly n-hexane.' },
  { targets: ['chemical-32'], aliases: ['溶剂汽油', '车用汽油'] },
  { targets: ['chemical-33'], aliases: ['甲胺'] },
  { targets: ['chemical-34'], aliases: ['有机氟', '四氟乙烯'] },
  {
    targets: ['chemical-35'],
    aliases: ['1,2-二氯乙烷'],
    note: 'The loaded row 二氯乙烷 (CAS 1300-21-6, isomer unspecified) is from memory; GBZ 2.1-2019 lists 1,2-二氯乙烷 (107-06-2) on its own.',
  },
  { targets: ['chemical-37'], aliases: ['氯乙烯单体', 'VCM'] },
  { targets: ['chemical-38'], aliases: ['TCE'] },
  { targets: ['chemical-39'], aliases: ['3-氯丙烯', '烯丙基氯'] },
  { targets: ['chemical-40'], aliases: ['β-氯丁二烯'] },
  {
    targets: ['chemical-41'],
    aliases: ['苯胺', '硝基苯', '苯的氨基与硝基化合物'],
    note: 'Aniline and nitrobenzene are 苯的氨基及硝基化合物; the unloaded items may also name them individually.',
  },
  { targets: ['chemical-42'], aliases: ['TNT', '梯恩梯'] },
  { targets: ['chemical-44'], aliases: ['苯酚', '石炭酸'] },
  { targets: ['chemical-45'], aliases: ['五氯酚', '五氯酚钠'] },
  { targets: ['chemical-46'], aliases: ['福尔马林', 'HCHO'] },
  { targets: ['chemical-49'], aliases: ['DMF', 'N,N-二甲基甲酰胺'] },
  { targets: ['chemical-50'], aliases: ['有机磷农药', '有机磷酸酯类农药'] },
  { targets: ['chemical-51'], aliases: ['氨基甲酸酯', '氨基甲酸酯类农药'] },
  { targets: ['chemical-53'], aliases: ['甲基溴'] },
  { targets: ['chemical-54'], aliases: ['拟除虫菊酯类', '拟除虫菊酯类农药'] },
  { targets: ['chemical-55'], aliases: ['铟'] },
  { targets: ['chemical-56'], aliases: ['溴丙烷', '1-溴丙烷', '2-溴丙烷'] },
  { targets: ['chemical-57'], aliases: ['甲基碘'] },

  // ── 物理因素 ──
  { targets: ['physical-1'], aliases: ['噪音', '生产性噪声', '工业噪声', '职业噪声', '稳态噪声', '非稳态噪声', '脉冲噪声'] },
  { targets: ['physical-2'], aliases: ['热', '高温作业', '高温环境'] },
  { targets: ['physical-5'], aliases: ['高原缺氧', '高原作业'] },
  {
    targets: ['physical-6'],
    aliases: ['手传振动', '局部振动', '手臂振动', '全身振动', '振动作业'],
    note: 'The catalogue item 振动 covers hand-arm and whole-body vibration.',
  },
  { targets: ['physical-7'], aliases: ['激光辐射'] },
  { targets: ['physical-8'], aliases: ['寒冷', '低温作业'] },
  { targets: ['physical-9'], aliases: ['微波辐射'] },
  { targets: ['physical-10'], aliases: ['紫外辐射', '紫外光', 'UV'] },
  { targets: ['physical-11'], aliases: ['红外辐射'] },
  { targets: ['physical-12'], aliases: ['工频电场', '工频磁场'] },
  { targets: ['physical-13'], aliases: ['高频电磁辐射'] },
  { targets: ['physical-14'], aliases: ['超高频辐射', '超高频电磁辐射'] },

  // ── 放射性因素 ──
  {
    targets: ['radioactive-1', 'radioactive-2', 'radioactive-3', 'radioactive-4', 'radioactive-5'],
    aliases: ['电离辐射', '放射线', '射线', '放射性'],
    note: 'Name the source (密封源, 非密封物质, X射线装置, 加速器, 中子发生器) to pick one item.',
  },
  { targets: ['radioactive-1'], aliases: ['密封放射源', '密封源', 'γ射线'] },
  { targets: ['radioactive-2'], aliases: ['非密封放射性物质', '开放型放射性物质'] },
  { targets: ['radioactive-3'], aliases: ['X射线', 'X线', 'X光', 'X射线装置', 'CT'] },
  { targets: ['radioactive-4'], aliases: ['加速器', '医用加速器'] },
  { targets: ['radioactive-5'], aliases: ['中子发生器'] },
  { targets: ['radioactive-6'], aliases: ['氡', '氡气', '氡及其子体'] },

  // ── 生物因素 ──
  { targets: ['biological-1'], aliases: ['艾滋病病毒', 'HIV', '人类免疫缺陷病毒'] },
  { targets: ['biological-2'], aliases: ['布氏杆菌', '布鲁菌', '布鲁氏杆菌'] },
  { targets: ['biological-3'], aliases: ['莱姆病螺旋体'] },
  { targets: ['biological-4'], aliases: ['蜱传脑炎病毒'] },
  { targets: ['biological-5'], aliases: ['炭疽杆菌', '炭疽'] },

  // ── 其他因素 ──
  { targets: ['other-1'], aliases: ['金属烟雾'] },
  { targets: ['other-2'], aliases: ['井下作业'] },
  { targets: ['other-3'], aliases: ['手工刮研', '刮研'] },

  // ── Named often, not among the loaded rows (the official list may hold them) ──
  { targets: [], aliases: ['苯乙烯'], concept: 'styrene' },
  { targets: [], aliases: ['乙苯'], concept: 'ethylbenzene' },
  { targets: [], aliases: ['乙酸乙酯'], concept: 'ethyl acetate' },
  { targets: [], aliases: ['乙酸丁酯'], concept: 'butyl acetate' },
  { targets: [], aliases: ['二氯甲烷'], concept: 'dichloromethane' },
  { targets: [], aliases: ['三氯甲烷', '氯仿'], concept: 'chloroform' },
  { targets: [], aliases: ['四氯乙烯'], concept: 'tetrachloroethylene' },
  { targets: [], aliases: ['硫酸', '硫酸雾', '硫酸及三氧化硫'], concept: 'sulphuric acid / sulphur trioxide' },
  { targets: [], aliases: ['盐酸', '氯化氢', '氯化氢及盐酸'], concept: 'hydrogen chloride / hydrochloric acid' },
  { targets: [], aliases: ['氢氧化钠', '烧碱'], concept: 'sodium hydroxide' },
  { targets: [], aliases: ['臭氧'], concept: 'ozone' },
  { targets: [], aliases: ['异丙醇'], concept: 'isopropanol' },
  { targets: [], aliases: ['环己烷'], concept: 'cyclohexane' },
  { targets: [], aliases: ['铬', '六价铬', '铬酸雾', '铬及其化合物', '铬及其无机化合物'], concept: 'chromium and its compounds' },
  { targets: [], aliases: ['镍', '镍及其化合物'], concept: 'nickel and its compounds (羰基镍 is chemical-27)' },
  { targets: [], aliases: ['甲苯二异氰酸酯', '二异氰酸甲苯酯', 'TDI'], concept: 'toluene diisocyanate' },
  { targets: [], aliases: ['氧化锌'], concept: 'zinc oxide' },
];
