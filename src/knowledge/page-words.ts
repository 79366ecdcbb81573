import { knowledge } from './load.js';

let cached: ReturnType<typeof build> | null = null;

function build() {
  const p = knowledge().pageWords;
  return {
    sectionWords: new Set(p.sectionWords.words),
    menuItems: new Set(p.menuItems.words),
    socialWords: new Set(p.socialWords.words),
    languages: new Set(p.languages.words),
    kickers: new Set(p.kickers.words),
    webmail: new Set(p.webmail.words),
  };
}

/** The words of news pages' layout (data/page-words.json) as sets, built on first use. */
export function pageWords() {
  return (cached ??= build());
}
