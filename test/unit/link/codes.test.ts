/** ISO and CAMEO codes from data/cameo.json and data/countries.json: tables of inputs and the codes they give. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Codes } from '../../../src/link/codes.js';
import { loadKnowledge } from '../../../src/link/knowledge.js';

const codes = new Codes(loadKnowledge());

describe('country codes', () => {
  const table: [string, string, string, string][] = [
    ['US', 'USA', '840', 'USA'],
    ['CN', 'CHN', '156', 'CHN'],
    ['RO', 'ROU', '642', 'ROM'],
    ['TL', 'TLS', '626', 'TMP'],
    ['ME', 'MNE', '499', 'MTN'],
  ];
  for (const [alpha2, alpha3, numeric, cameo] of table) {
    it(`${alpha2} is ${alpha3} / ${numeric} in ISO 3166 and ${cameo} in CAMEO, and ${cameo} leads back to ${alpha2}`, () => {
      assert.deepEqual(codes.country(alpha2), { alpha2, alpha3, numeric, cameo });
      assert.equal(codes.countryOfCameo(cameo), alpha2);
    });
  }
  it('Kosovo has no ISO alpha-3 or numeric code; a CAMEO region or an unknown code is no country', () => {
    assert.deepEqual(codes.country('XK'), { alpha2: 'XK', alpha3: null, numeric: null, cameo: null });
    assert.equal(codes.countryOfCameo('EUR'), undefined);
    assert.equal(codes.countryOfCameo('ROU'), undefined, 'CAMEO writes Romania ROM');
    assert.equal(codes.country('ZZ'), undefined);
  });
  it('every country of countries.json but Kosovo has alpha-3 and numeric codes', () => {
    const missing = loadKnowledge()
      .countries.filter((c) => !c.iso3 || !c.numeric)
      .map((c) => c.code);
    assert.deepEqual(missing, ['XK']);
  });
});

describe('places', () => {
  const table: [string, string | undefined][] = [
    ['Beijing', 'CN'],
    ['Great Hall of the People, Beijing', 'CN'],
    ['Bali, Indonesia', 'ID'],
    ['Diaoyutai State Guest House, Beijing', 'CN'],
    ['Washington', 'US'],
    ['somewhere unnamed', undefined],
  ];
  for (const [place, country] of table)
    it(`"${place}" is in ${country ?? 'no known country'}`, () => assert.equal(codes.countryOfPlace(place), country));
});

describe('CAMEO actor codes from country and role', () => {
  const table: [string | null, string[], string | undefined][] = [
    ['US', ['Secretary of State'], 'USAGOV'],
    ['CN', ['President', 'General Secretary'], 'CHNGOV'],
    ['RU', ['General'], 'RUSMIL'],
    ['RU', ['Chief of the General Staff'], 'RUSMIL'],
    ['US', ['Senator'], 'USALEG'],
    ['US', ['Attorney General'], 'USAJUD'],
    ['RO', ['Foreign Minister'], 'ROMGOV'],
    ['GB', [], 'GBR'],
    [null, ['Spokesperson'], 'GOV'],
    [null, [], undefined],
  ];
  for (const [country, roles, code] of table)
    it(`${country ?? 'no country'} + [${roles.join(', ')}] → ${code ?? 'none'}`, () =>
      assert.equal(codes.actorCode(country, roles), code));
});

describe('CAMEO event codes of meetings', () => {
  const us = { id: 'person:us', country: 'US' };
  const cn = { id: 'person:cn', country: 'CN' };
  it('a visitor meets a host in the host country: 042 for the visit, 043 from the host', () => {
    const m = codes.meetingCodes({ principals: [us, cn], place: 'Beijing', text: 'A met B in Beijing.' });
    assert.equal(m.code, '042');
    assert.deepEqual(m.events, [
      { actor: 'person:us', target: 'person:cn', code: '042' },
      { actor: 'person:cn', target: 'person:us', code: '043' },
    ]);
  });
  it('two principals met in a third country: 044', () =>
    assert.equal(codes.meetingCodes({ principals: [us, cn], place: 'Bali, Indonesia' }).code, '044'));
  it('a phone call is 041 wherever it is said to be', () =>
    assert.equal(
      codes.meetingCodes({ principals: [us, cn], place: 'Beijing', text: 'A held a phone call with B on Monday.' })
        .code,
      '041',
    ));
  it('a planned meeting is 036 (express intent to meet)', () =>
    assert.equal(codes.meetingCodes({ principals: [us, cn], text: 'A will visit Beijing next month.' }).code, '036'));
  it('talks mediated by another country are 045, negotiations 046, other meetings 040', () => {
    assert.equal(codes.meetingCodes({ principals: [us, cn], text: 'talks mediated by Qatar' }).code, '045');
    assert.equal(codes.meetingCodes({ principals: [us, cn], text: 'a third round of talks' }).code, '046');
    assert.equal(codes.meetingCodes({ principals: [us, { id: 'x', country: null }], place: 'Beijing' }).code, '040');
  });
});

describe('CAMEO event codes of statements', () => {
  const table: [string, string][] = [
    ['We have no illusions about the challenges of managing this relationship', '012'],
    ['the talks were candid and constructive', '013'],
    ['X condemned the attack on the embassy', '111'],
    ['X accused Y of provocations', '112'],
    ['X urged both sides to show restraint', '020'],
    ['the two sides agreed to stabilize relations', '030'],
    ['X invited Y to visit Washington', '036'],
    ['X denied that the balloon was used for spying', '016'],
    ['the United States is committed to working with China', '030'],
    ['China and the United States are two major countries', '010'],
  ];
  for (const [text, code] of table)
    it(`"${text}" → ${code} (${codes.eventLabel(code)})`, () => assert.equal(codes.statementCode(text).code, code));
  it('every code the rules give is in the codebook table', () => {
    const { cameo } = loadKnowledge();
    for (const r of [...cameo.statementRules, ...cameo.meetingRules])
      assert.ok(cameo.eventCodes[r.code], `${r.id} gives ${r.code}`);
    for (const code of ['040', '041', '042', '043', '044', '010']) assert.ok(cameo.eventCodes[code]);
  });
});
