// The engine's word lists, as data: words between an indicator and its number, words in front of an
// indicator, and the nouns that head a measured thing. Written as text, a word per space, so the lists
// read (and diff) as lists; WordEnds looks them up by their first or last character.

/** the words of a list written as text */
export const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** words between an indicator and its number: verbs, comparisons, adverbs (…增长, …同比增长, …稳定在) */
export const TRAILING_WORDS = words(`
  比上年同期 比去年同期 较上年同期 较去年同期 比上年预算 比年初预算 较上年预算 比上年 比去年 较上年 较去年 比上年末 比年初 较年初 同比 环比 同口径 可比口径 可比 按可比价格计算 年均 平均 分别 累计 共计 合计 总计 均 都 全年 预计 将 增长 增加 增速 增幅 涨幅 降幅 成长率 上涨幅度 增长幅度 下降幅度
  上涨 上升 提高 提升 下降 降低 减少 回落 下滑 下跌 递增 递减 缩减 收窄 扩大 压缩 缩短 增 涨 降 减 升 为 达 达到 是 实现 完成 执行 突破 超过 稳定在 保持在 控制在 稳定 保持
  到 至 了 在 约 约为 仅 仅为 只有 有 已 已经 新增 新建 新开工 的 力争 确保 争取 达至 从 由 高达 多达 最高 最低 开展 举办 首次 再次 继续 持续 进一步 已经 仍 仍然 依然 每人 每户
  削减 每平方米 平均每平方米 全年平均 连续 连续多年 多年 负增长 净增长 实际 名义 之间 增长速度 净增 改善 压减 压降 占 各 每人每月 每人每年 每月 每年 每年均 组织 实施 落实 惠及 覆盖 受益 带动 吸引 推进 推动 打造 培育 引进
  引育 招引 创建 争创 创成 建成 开通 开设 布局 集聚 帮扶 发放 办理 受理 安置 提供 新认定 新引进 新招引 新改建 新培育 预期 拟 按 拟按 安排 拟安排 增产 增收 增支 减产 减收 减支 共 共有 同步
  拥有 现有 跃上 迈上 跨上 迈过 站上 先后 相继 约合 折合 前移 后移 前进 后退 预计可 跨越 跨过 调减 调增 又 调整为 调整到 调整至 计划 要 一直 至少 年内至少 去年底 年底
  则 也 却 便 现价 按现价 可比价 按可比价 精简 节约 节省 减轻 下调 上调 调低 调高 回升 放缓
`);

/** words in front of an indicator: conjunctions, time and place, modal words, action verbs */
export const LEADING_WORDS = words(`
  其中 同时 我们 并 和 及 与 以及 而 且 另外 此外 还 也 再 又 、 全年 今年 去年 上年 当年 年内 一年来 上半年 下半年 年底 年末 届时 全市 全区 全县 全省 全国 全镇 全州
  全旗 我市 我区 我县 我省 本市 力争 确保 争取 努力 全力 大力 着力 积极 持续 继续 进一步 稳步 不断 加快 加速 加大 推动 推进 促进 实现 完成 达到 建设 建成 打造 培育 引进
  引育 招引 开展 创建 争创 创成 获批 获评 入选 改造提升 提档升级 改造 提升 整治 开通 开设 布局 集聚 吸引 带动 发放 实施 举办 组织 接待 签约 办理 安排 筹集 形成 构建 建立
  设立 成立 开行 开辟 铺设 累计 共 共计 合计 总计 计划 预计 将 要 已 已经 成功 顺利 率先 首次 首创 登记 认定 共有 拥有 帮助 支持 扶持 新培育 落实 保障 保持 稳定 全部
  明年 来年 要求 力求 分别 同比 合力 全面 拟 拟安排 预期 有序 稳妥 扎实 深入 统筹 精准 切实 全力以赴 加紧 尽快 高效
  用好 用足 用活 管好 落实好 做好 抓好 办好 今后 提出 范围内 加上 年实现 年完成 尤其是 尤其 特别是
  例如 比如 譬如 诸如
`);

/** the heads of measured nouns, which a list of items can share: 太阳能电池、集成电路圆片产量 */
export const MEASURE_HEADS_WORDS = words(`
  地区生产总值 生产总值 网络零售额 零售额 出口额 进口额 进出口额 交易额 成交额 销售额 营业收入 销售收入 营收 收入 支出 利润 利税 产值 增加值 产量 销量 余额 贷款余额 存款余额 投资 起数 人数 参保人数 户数 死亡人数 覆盖率 普及率 通达率
  达标率 优良率 利用率 入学率 毛入学率 参保率 占比 比重 比例 总额 总量 装机 装机容量 播种面积 面积 发电量 吞吐量 客流量 货运量 客运量
  出栏 存栏 出栏量 存栏量 里程 通车里程 运营里程
`);

/**
 * A word list looked up at one end of a phrase, longest word first, indexed by the character at
 * that end (a phrase's end character rules out all but a few words at once).
 */
export class WordEnds {
  private readonly byChar = new Map<string, string[]>();

  constructor(
    words: string[],
    private readonly atEnd: boolean,
  ) {
    for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
      const key = atEnd ? w[w.length - 1] : w[0];
      const list = this.byChar.get(key);
      if (list) list.push(w);
      else this.byChar.set(key, [w]);
    }
  }

  /** the longest word `s` starts (or ends) with, or '' */
  find(s: string): string {
    const list = this.byChar.get(this.atEnd ? s[s.length - 1] : s[0]);
    if (list) for (const w of list) if (this.atEnd ? s.endsWith(w) : s.startsWith(w)) return w;
    return '';
  }
}

/** products the reports of the 1980s and 1990s name in one character in their output and plan lists (钢突破7000万吨;
 * 纸520万吨,增加20万吨; 纱三百五十九万吨) */
export const ONE_CHARACTER_PRODUCTS = '钢铁煤电纱布糖纸盐油表茶棉麻丝肉蛋奶酒烟铜铝锌铅锡粮';
