// No clips yet: say what to do first, and offer two ways to try it — a real report to open, and the
// bundled sample clips (real figures from the Taicang and Wuzhong reports and the State Council's)
// loaded with one click, so the comparison can be seen before any clipping.
import { useLang } from './lang';

/** the State Council's list of its work reports, by year */
export const SAMPLE_REPORT_URL = 'https://www.gov.cn/guowuyuan/zfgzbg.htm';

export function EmptyState({ onLoadSample, busy }: { onLoadSample: () => void; busy: boolean }) {
  const { t } = useLang();
  return (
    <section class="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('emptyTitle')}</h2>
      <ol>
        <li>{t('emptyStep1')}</li>
        <li>{t('emptyStep2')}</li>
        <li>{t('emptyStep3')}</li>
        <li>{t('emptyStep4')}</li>
      </ol>
      <p class="empty-try">
        {t('emptyTry')}{' '}
        <a href={SAMPLE_REPORT_URL} target="_blank" rel="noopener noreferrer">
          {t('sampleReport')}
        </a>{' '}
        <button type="button" class="primary" data-action="load-sample" disabled={busy} onClick={onLoadSample}>
          {t('loadSample')}
        </button>
      </p>
    </section>
  );
}
