import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { setLang, useLang, type Say } from './i18n';
import { storeKey, storedKey } from './key';
import type { Session } from './session';
import './styles.css';

type PageName = 'upload' | 'history' | 'compare';

const NAV: [PageName, string, 'navUpload' | 'navHistory' | 'navCompare'][] = [
  ['upload', '/', 'navUpload'],
  ['history', '/history', 'navHistory'],
  ['compare', '/compare', 'navCompare'],
];

/** The frame of every page: the site's name, the three pages, the language switch and the key. */
export function Shell(props: {
  page: PageName;
  session: Session | null;
  children: ComponentChildren;
}) {
  const [lang, t] = useLang();
  return (
    <>
      <header class="top">
        <div class="brand">{t('appName')}</div>
        <nav aria-label={t('appName')}>
          {NAV.map(([name, href, label]) => (
            <a href={href} aria-current={props.page === name ? 'page' : undefined}>
              {t(label)}
            </a>
          ))}
        </nav>
        <button
          type="button"
          class="link lang"
          lang={lang === 'en' ? 'zh-CN' : 'en'}
          title={t('switchLangLabel')}
          onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}
        >
          {t('switchLang')}
        </button>
      </header>
      <KeyBox session={props.session} t={t} />
      <main>{props.children}</main>
    </>
  );
}

function KeyBox({ session, t }: { session: Session | null; t: Say }) {
  const [draft, setDraft] = useState('');
  if (!session) {
    return <div class="keybox" />;
  }
  if (!session.auth) {
    return (
      <div class="keybox">
        <span>{t('authOff')}</span>
      </div>
    );
  }
  const { caller, refusal } = session;
  if (caller && storedKey()) {
    const role = t(`role${caller.role}`);
    return (
      <div class="keybox" data-testid="caller">
        <span class="who">
          {t('callerIs', {
            name: caller.name,
            role,
            region: caller.regionCode
              ? `${caller.regionName ?? ''} ${caller.regionCode}`.trim()
              : '',
          })}
        </span>
        <button type="button" class="link" onClick={() => storeKey(null)}>
          {t('keyForget')}
        </button>
      </div>
    );
  }
  return (
    <form
      class="keybox"
      onSubmit={(event) => {
        event.preventDefault();
        storeKey(draft.trim() || null);
        setDraft('');
      }}
    >
      <label for="api-key">{t('keyLabel')}</label>
      <input
        id="api-key"
        type="password"
        autocomplete="off"
        value={draft}
        placeholder="sl_…"
        onInput={(event) => setDraft(event.currentTarget.value)}
      />
      <button type="submit">{t('keySave')}</button>
      <span class="hint">
        {refusal
          ? refusal.message
          : session.readsNeedKey
            ? t('keyNeededToRead')
            : t('keyNeededToWrite')}
      </span>
    </form>
  );
}
