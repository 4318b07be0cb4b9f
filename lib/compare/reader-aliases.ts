// The reader's own aliases: two rows of the comparison that are one indicator in the reader's eyes
// (研发经费投入强度 = 全社会研发经费支出占比) are merged; one wording the built-in table folds into a row
// it does not belong to is split out. Stored beside the clips (lib/db), exported with them, and applied
// to every clip's comparison key, old and new (lib/clip/derive.ts) — the clip's own fields never change.

/** `key`: the row keyed `from` joins the row keyed `to`; `wording`: clips whose indicator reads `from` get the key `to` */
export interface ReaderAlias {
  /** `${by}:${from}`: one alias per key or wording */
  id: string;
  by: 'key' | 'wording';
  from: string;
  to: string;
  /** ms since epoch */
  createdAt: number;
}

export const aliasId = (by: ReaderAlias['by'], from: string): string => `${by}:${from}`;

/** a merge of row `from` into row `to` */
export function mergeAlias(from: string, to: string, now = Date.now()): ReaderAlias {
  return { id: aliasId('key', from), by: 'key', from, to, createdAt: now };
}

/** a wording split out of the row it was folded into: it keys a row of its own */
export function splitAlias(wording: string, now = Date.now()): ReaderAlias {
  return { id: aliasId('wording', wording), by: 'wording', from: wording, to: wording, createdAt: now };
}

/** merges followed at most this far: an imported chain cannot loop */
const MAX_HOPS = 16;

/** the reader's aliases, looked up */
export class AliasBook {
  private readonly keys = new Map<string, string>();
  private readonly wordings = new Map<string, string>();

  constructor(readonly aliases: readonly ReaderAlias[] = []) {
    for (const a of aliases) (a.by === 'key' ? this.keys : this.wordings).set(a.from, a.to);
  }

  get size(): number {
    return this.aliases.length;
  }

  /** the key a clip is compared by: its wording's alias, else the built-in key; then the reader's merges */
  keyOf(indicator: string, builtIn: string): string {
    let k = this.wordings.get(indicator.trim()) ?? builtIn;
    const seen = new Set<string>([k]);
    for (let i = 0; i < MAX_HOPS; i++) {
      const next = this.keys.get(k);
      if (next === undefined || seen.has(next)) break;
      seen.add(next);
      k = next;
    }
    return k;
  }

  /** the keys merged into `key` (directly or through others) */
  mergedInto(key: string): ReaderAlias[] {
    return this.aliases.filter((a) => a.by === 'key' && a.from !== key && this.keyOf('', a.from) === key);
  }
}
