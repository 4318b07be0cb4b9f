// Region names in the reader's language. Reports name their region in Chinese, and the clip keeps it so
// (it is the comparison's key); the English pages show the nation and the province-level regions by their
// English names, and any other region (a city, a county) as the report wrote it, since a romanisation of
// a city's name without a dictionary of them would be wrong as often as right.
import type { Lang } from './index';

/** the province-level regions (and the nation) by the short name reports also use */
const ENGLISH: Record<string, string> = {
  全国: 'China',
  北京: 'Beijing',
  天津: 'Tianjin',
  河北: 'Hebei',
  山西: 'Shanxi',
  内蒙古: 'Inner Mongolia',
  辽宁: 'Liaoning',
  吉林: 'Jilin',
  黑龙江: 'Heilongjiang',
  上海: 'Shanghai',
  江苏: 'Jiangsu',
  浙江: 'Zhejiang',
  安徽: 'Anhui',
  福建: 'Fujian',
  江西: 'Jiangxi',
  山东: 'Shandong',
  河南: 'Henan',
  湖北: 'Hubei',
  湖南: 'Hunan',
  广东: 'Guangdong',
  广西: 'Guangxi',
  海南: 'Hainan',
  重庆: 'Chongqing',
  四川: 'Sichuan',
  贵州: 'Guizhou',
  云南: 'Yunnan',
  西藏: 'Tibet',
  陕西: 'Shaanxi',
  甘肃: 'Gansu',
  青海: 'Qinghai',
  宁夏: 'Ningxia',
  新疆: 'Xinjiang',
  香港: 'Hong Kong',
  澳门: 'Macao',
  台湾: 'Taiwan',
};

/** what follows a province-level region's short name in its full one (广西壮族自治区, 北京市, 香港特别行政区) */
const SUFFIX = /(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$/;

/** the province-level cities: 吉林市 is a city of 吉林省, not the province */
const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);

/** `region` as the reader's language names it: 广东省 → Guangdong in English; a city, and every name in Chinese, as written */
export function regionName(region: string, lang: Lang): string {
  if (lang !== 'en') return region;
  if (ENGLISH[region]) return ENGLISH[region];
  const short = region.replace(SUFFIX, '');
  if (!ENGLISH[short] || (region.endsWith('市') && !MUNICIPALITIES.has(short))) return region;
  return ENGLISH[short];
}
