import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import countries from '../../data/entities/countries.json' with { type: 'json' };
import organisations from '../../data/entities/organisations-and-routes.json' with { type: 'json' };
import places from '../../data/entities/places.json' with { type: 'json' };
import storyFile from '../../data/stories/azerbaijan-kazakhstan.json' with { type: 'json' };
import { buildEntityRegistry, withSharedEntities } from './entity-registry.js';
import { matchesQuery, parseQuery, searchableText } from './search.js';
import { searchEvents } from './story-index.js';
import { validateStory } from './validate-story.js';

/** Whether `query` finds `text` (one text, any language). */
const finds = (query: string, text: string) =>
  matchesQuery(searchableText([text]), parseQuery(query));

describe('matchesQuery', () => {
  it('finds a name across romanisations and scripts', () => {
    for (const query of ['tokaev', 'Tokayev', 'TOKAYEV', 'Токаев', 'токаев']) {
      expect(finds(query, 'President Kassym-Jomart Tokayev'), query).to.equal(true);
      expect(finds(query, 'Президент Касым-Жомарт Токаев'), query).to.equal(true);
    }
    expect(finds('kasym jomart', 'Kassym-Jomart Tokayev')).to.equal(true);
    expect(finds('aliev', "Aliyev's seventh visit")).to.equal(true);
    expect(finds('Ильхам', 'Ilham Aliyev')).to.equal(true);
    expect(finds('azerbaidzhan', 'Azerbaijan')).to.equal(true);
    expect(finds('Азербайджан', 'Azerbaijan')).to.equal(true);
    expect(finds('kazmunaigaz', 'KazMunayGas')).to.equal(true);
    expect(finds('Nakhchyvan', 'Нахчыван')).to.equal(true);
    expect(finds('kurmangazy', 'Курмангазы')).to.equal(true);
  });

  it('finds other grammatical forms of a word', () => {
    expect(finds('Токаева', 'Президент Токаев')).to.equal(true);
    expect(finds('Токаеву', 'Визиты Токаева в Азербайджан')).to.equal(true);
    expect(finds('Баку', 'Съезд в Баку')).to.equal(true);
    expect(finds('Казахстане', 'Дни культуры Казахстана')).to.equal(true);
    expect(finds('cables', 'The cable is completed')).to.equal(true);
    expect(finds('cable', 'Two cables')).to.equal(true);
    expect(finds('treaties', 'The treaty')).to.equal(true);
    expect(finds('signing', 'The states signed a treaty')).to.equal(true);
  });

  it('ignores case and accents', () => {
    expect(finds('turkiye', 'Türkiye')).to.equal(true);
    expect(finds('ŞUŞA', 'Shusha')).to.equal(true);
    expect(finds('ёлка', 'Елка')).to.equal(true);
  });

  it('finds a word being typed by its beginning, and requires every word', () => {
    expect(finds('tok', 'Tokayev')).to.equal(true);
    expect(finds('Ток', 'Токаев')).to.equal(true);
    expect(finds('tokaev baku', 'Tokayev in Astana')).to.equal(false);
    expect(finds('cable', 'Caspian subsea fibre-optic line')).to.equal(false);
    expect(finds('Баку', 'Бакинский')).to.equal(true);
    expect(finds('Токаев', 'Ток')).to.equal(false);
  });

  it('matches Chinese as a substring', () => {
    expect(finds('托卡耶夫', '哈斯穆-卓玛尔特·托卡耶夫')).to.equal(true);
    expect(finds('巴库', '1926年在巴库举行')).to.equal(true);
    expect(finds('里海 光纤', '里海海底光纤通信线路')).to.equal(true);
    expect(finds('光纤', '里海峰会')).to.equal(false);
  });

  it('treats a blank query as matching everything', () => {
    expect(parseQuery('   ')).to.deep.equal([]);
    expect(finds(' ', 'anything')).to.equal(true);
  });
});

describe('searchEvents on the Azerbaijan–Kazakhstan story', () => {
  // The story as the build compiles it: its shared entities (data/entities/) added.
  const { registry } = buildEntityRegistry(
    [countries, organisations, places].map((input, index) => ({ file: String(index), input })),
  );
  const validation = validateStory(withSharedEntities(storyFile, registry).input);
  if (!validation.ok) throw new Error('the shipped story does not validate');
  const story = validation.story;
  const search = (query: string) => [...searchEvents(story, query)];

  const TOKAYEV_EVENTS = [
    'aliyev-visits-kazakhstan-2022-2025',
    'tokayev-visits-azerbaijan-2022-2025',
    'kemel-tokayev-birth-1923',
    'baku-conference-tokayev-pashayev-2023',
  ];
  const CABLE_EVENTS = ['caspian-cable-agreement-2025', 'caspian-cable-completion-2026'];

  it('finds Tokayev however he is typed', () => {
    for (const query of ['Токаев', 'Токаева', 'tokaev', 'Tokayev']) {
      expect(search(query), query).to.include.members(TOKAYEV_EVENTS);
      expect(search(query), query).not.to.include('caspian-summit-2022');
    }
  });

  it('finds the cable in English and in Russian', () => {
    expect(search('cable')).to.have.members(CABLE_EVENTS);
    expect(search('cables')).to.have.members(CABLE_EVENTS);
    expect(search('кабель')).to.have.members(CABLE_EVENTS);
  });

  it('finds the events in Baku in Russian, as in English and Chinese', () => {
    const inBaku = search('Баку');
    expect(inBaku).to.include.members([
      'turkological-congress-1926',
      'caspian-cable-agreement-2025',
      'baku-conference-tokayev-pashayev-2023',
    ]);
    expect(inBaku).to.have.members(search('Baku'));
    expect(inBaku).not.to.include('transit-volume-2024');
  });

  it('finds Russian word forms of a place and an organisation', () => {
    expect(search('Нахчыване')).to.include('turkic-states-organisation-founded-2009');
    expect(search('Организации тюркских государств')).to.include.members([
      'turkic-states-organisation-founded-2009',
      'otc-informal-summit-shusha-2024',
    ]);
  });
});
