// The page's language as Preact state: the browser's until the reader's stored choice loads; a
// switch saves the choice for the popup and the dashboard alike.
import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { browserLang, translator, type Lang, type Translate } from '../../../i18n';
import { loadLang, saveLang } from '../../../settings';

export interface LangState {
  lang: Lang;
  t: Translate;
  setLang: (l: Lang) => void;
}

export const LangContext = createContext<LangState>({ lang: 'en', t: translator('en'), setLang: () => undefined });

export function useLangState(): LangState {
  const [lang, setLangState] = useState<Lang>(() => browserLang(navigator.languages));
  useEffect(() => {
    let live = true;
    void loadLang().then((l) => live && setLangState(l));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return useMemo(
    () => ({
      lang,
      t: translator(lang),
      setLang: (l: Lang) => {
        setLangState(l);
        void saveLang(l);
      },
    }),
    [lang],
  );
}

export const useLang = (): LangState => useContext(LangContext);

export function LanguageSwitch() {
  const { lang, t, setLang } = useLang();
  return (
    <div class="lang-switch" role="group" aria-label={t('langSwitch')}>
      <button type="button" data-lang="zh" aria-pressed={lang === 'zh'} onClick={() => setLang('zh')} lang="zh-CN">
        中文
      </button>
      <button type="button" data-lang="en" aria-pressed={lang === 'en'} onClick={() => setLang('en')} lang="en">
        EN
      </button>
    </div>
  );
}
