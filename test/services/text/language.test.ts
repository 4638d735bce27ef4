import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/services/text/language.ts';

const SAMPLES: Record<string, string> = {
  en: 'The government said on Monday that the new bridge, which was built with money from the regional fund, would open to traffic this week.',
  fr: 'Le gouvernement a annoncé lundi que le nouveau pont, construit avec des fonds de la région, sera ouvert à la circulation dans les prochains jours pour les habitants.',
  de: 'Die Regierung teilte am Montag mit, dass die neue Brücke, die mit Geld aus dem Regionalfonds gebaut wurde, noch in dieser Woche für den Verkehr geöffnet wird.',
  es: 'El gobierno anunció el lunes que el nuevo puente, construido con dinero del fondo regional, se abrirá al tráfico esta semana, según las autoridades locales.',
  pt: 'O governo anunciou na segunda-feira que a nova ponte, construída com dinheiro do fundo regional, será aberta ao trânsito ainda esta semana, segundo as autoridades.',
  it: 'Il governo ha annunciato lunedì che il nuovo ponte, costruito con i fondi della regione, sarà aperto al traffico già questa settimana, secondo le autorità locali.',
  ja: '政府は月曜日、地域基金で建設された新しい橋が今週中に開通すると発表した。',
  zh: '政府周一宣布，用地区基金建造的新桥将于本周通车。',
  ko: '정부는 월요일 지역 기금으로 건설된 새 다리가 이번 주에 개통된다고 발표했다.',
  ru: 'Правительство объявило в понедельник, что новый мост откроется для движения на этой неделе.',
};

describe('detectLanguage', () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`recognises ${lang}`, () => expect(detectLanguage(text)).toBe(lang));
  }

  it('says nothing rather than guess on too little text or no letters', () => {
    expect(detectLanguage('Breaking news')).toBeNull();
    expect(detectLanguage('12 345 678 — 2026')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});
