/**
 * Every string the widgets show that does not come from the story, in Chinese,
 * English and Russian, plus the rules for picking a story label in the reader's
 * language.
 *
 * @module
 */
import type { Category, EntityKind, LocalText, RelationType } from '../model/story-schema.js';

/** The languages of the interface. Story labels exist in zh and en, sometimes ru. */
export const UI_LANGUAGES = ['zh', 'en', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Reads a `lang` attribute; anything unknown falls back to English. */
export function toUiLanguage(value: string | null | undefined): UiLanguage {
  const primary = (value ?? '').toLowerCase().split('-')[0];
  return (UI_LANGUAGES as readonly string[]).includes(primary ?? '')
    ? (primary as UiLanguage)
    : 'en';
}

/** The `Intl` locale that formats dates and numbers for a language. */
export function localeOf(lang: UiLanguage): string {
  return { zh: 'zh-CN', en: 'en-GB', ru: 'ru-RU' }[lang];
}

/** A story label in the reader's language; Russian falls back to English. */
export function textIn(text: LocalText, lang: UiLanguage): string {
  if (lang === 'ru') return text.ru ?? text.en;
  return text[lang];
}

interface UiStrings {
  readonly loading: string;
  readonly timelineLabel: string;
  readonly timelineHelp: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fitAll: string;
  readonly timelineHeading: string;
  readonly timelineZoom: string;
  readonly overviewLabel: string;
  readonly graphHeading: string;
  readonly graphZoom: string;
  readonly detailLabel: string;
  readonly skipToDetail: string;
  readonly start: string;
  readonly startWith: (date: string, title: string) => string;
  readonly storyPeriod: (from: string, to: string) => string;
  readonly storyEvents: (count: number) => string;
  readonly previous: string;
  readonly next: string;
  readonly stepPosition: (position: number, total: number) => string;
  readonly backToStart: string;
  readonly selectedAnnouncement: (date: string, title: string) => string;
  readonly selectionCleared: string;
  readonly legend: string;
  readonly planned: string;
  readonly eventsInCluster: (count: number) => string;
  readonly graphLabel: string;
  readonly graphHelp: string;
  /** The graph's help on a touch screen. */
  readonly graphHelpTouch: string;
  /** The legend of entity kinds: shapes are kinds, colours are the timeline's categories. */
  readonly kindLegend: string;
  readonly entityList: string;
  readonly connections: string;
  readonly inSelectedEvent: string;
  readonly eventsOfEntity: (count: number) => string;
  readonly followTimeline: string;
  readonly noEntitiesInRange: string;
  readonly quoteEmpty: string;
  readonly translation: (language: string) => string;
  readonly dateBasis: string;
  readonly source: string;
  readonly dateline: string;
  readonly readWholeSource: string;
  readonly close: string;
  readonly wholeSourceTitle: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly categories: string;
  readonly showingEvents: (shown: number, total: number) => string;
  readonly noMatches: string;
  readonly language: string;
  readonly selectedEntity: (name: string, count: number) => string;
  readonly clearSelection: string;
  readonly emptyStory: string;
  readonly copyLink: string;
  readonly linkCopied: string;
  /** A link (or `selected`) named an event the story does not have. */
  readonly unknownEvent: (id: string) => string;
  readonly retry: string;
  readonly errorTitle: string;
  readonly errorNotFound: (status: number) => string;
  readonly errorNetwork: string;
  readonly errorTimeout: (seconds: number) => string;
  readonly errorNotJson: string;
  readonly errorTooLarge: (limit: string) => string;
  readonly errorInvalid: (count: number) => string;
  readonly errorSourceMissing: string;
  readonly errorInvalidUrl: string;
  readonly errorCodeMissing: string;
  readonly categoryNames: Readonly<Record<Category, string>>;
  readonly kindNames: Readonly<Record<EntityKind, string>>;
  readonly relationNames: Readonly<Record<RelationType, string>>;
  readonly languageNames: Readonly<Record<UiLanguage, string>>;
}

const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  zh: '中文',
  en: 'English',
  ru: 'Русский',
};

const en: UiStrings = {
  loading: 'Loading the story…',
  timelineLabel: 'Timeline of events',
  timelineHelp:
    'Arrow keys move between events in date order, Home and End jump to the first and last, Enter or Space opens an event. Ctrl or ⌘ with the mouse wheel zooms.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show all',
  timelineHeading: 'Timeline',
  timelineZoom: 'Zoom the timeline',
  overviewLabel: 'Period shown on the timeline',
  graphHeading: 'Connections',
  graphZoom: 'Zoom the graph',
  detailLabel: 'Event',
  skipToDetail: 'Skip to the event',
  start: 'Start',
  startWith: (date, title) => `${date}: ${title}`,
  storyPeriod: (from, to) => `${from} to ${to}`,
  storyEvents: (count) => (count === 1 ? '1 event' : `${count} events`),
  previous: 'Previous',
  next: 'Next',
  stepPosition: (position, total) => `${position} of ${total}`,
  backToStart: 'Back to the overview',
  selectedAnnouncement: (date, title) => `Selected: ${date} ${title}`,
  selectionCleared: 'Selection cleared',
  legend: 'Categories',
  planned: 'planned',
  eventsInCluster: (count) => `${count} events`,
  graphLabel: 'Graph of organisations, agreements and countries',
  graphHelp:
    'Select a name to list the events it takes part in. Drag to move the graph; Ctrl or ⌘ with the mouse wheel zooms.',
  graphHelpTouch:
    'Tap a name to list the events it takes part in. Two fingers move and zoom the graph; one scrolls the page.',
  kindLegend: 'Shapes: kinds of names. Colours belong to the categories of events.',
  entityList: 'All names in the story',
  connections: 'Connections',
  inSelectedEvent: 'in the selected event',
  eventsOfEntity: (count) => (count === 1 ? '1 event' : `${count} events`),
  followTimeline: 'Only what the timeline shows',
  noEntitiesInRange: 'Nothing in this period. Zoom or pan the timeline.',
  quoteEmpty: 'Select an event to read the sentence of the source that dates it.',
  translation: (language) => `Translation (${language})`,
  dateBasis: 'How this date was derived',
  source: 'Source',
  dateline: 'Dateline',
  readWholeSource: 'Read the whole source',
  close: 'Close',
  wholeSourceTitle: 'Full text of the source',
  search: 'Search events',
  searchPlaceholder: 'Search events, names, quotes',
  categories: 'Categories',
  showingEvents: (shown, total) => `${shown} of ${total} events`,
  noMatches: 'No event matches. Clear the search or turn categories back on.',
  language: 'Language',
  selectedEntity: (name, count) => `${name}: ${count === 1 ? '1 event' : `${count} events`}`,
  clearSelection: 'Clear selection',
  emptyStory: 'This story has no events yet.',
  copyLink: 'Copy link to this event',
  linkCopied: 'Link copied',
  unknownEvent: (id) => `This story has no event “${id}”: the link may be mistyped or out of date.`,
  retry: 'Try again',
  errorTitle: 'The story could not be shown',
  errorNotFound: (status) => `The story file could not be loaded (the server answered ${status}).`,
  errorNetwork: 'The story could not be loaded: the network request failed.',
  errorTimeout: (seconds) => `The story did not arrive within ${seconds} seconds.`,
  errorNotJson: 'The story file is not valid JSON.',
  errorTooLarge: (limit) => `The story file is larger than the ${limit} limit.`,
  errorInvalid: (count) =>
    count === 1 ? 'The story has 1 error:' : `The story has ${count} errors:`,
  errorSourceMissing: 'The source text of the story could not be loaded.',
  errorInvalidUrl: 'The address of the story file is not a valid URL.',
  errorCodeMissing:
    'Part of the widget could not be loaded (network error). Reload the page to try again.',
  categoryNames: {
    politics: 'Politics',
    economy: 'Economy',
    transport: 'Transport',
    energy: 'Energy',
    digital: 'Digital links',
    culture: 'Culture',
    ecology: 'Ecology',
  },
  kindNames: {
    organisation: 'Organisation',
    company: 'Company',
    agreement: 'Agreement',
    country: 'Country',
    place: 'Place',
    person: 'Person',
    project: 'Project',
    work: 'Work',
    meeting: 'Meeting',
  },
  relationNames: {
    'party-to': 'party to',
    'member-of': 'member of',
    'founded-in': 'founded in',
    'signed-in': 'signed in',
    'held-in': 'held in',
    'located-in': 'located in',
    'operated-by': 'operated by',
    leads: 'leads',
    commemorates: 'commemorates',
    supplements: 'supplements',
    'cooperates-with': 'cooperates with',
    'authored-by': 'written by',
    'published-in': 'published in',
    connects: 'connects',
    visits: 'visits',
    concerns: 'concerns',
  },
  languageNames: LANGUAGE_NAMES,
};

const zh: UiStrings = {
  loading: '正在加载……',
  timelineLabel: '事件时间轴',
  timelineHelp:
    '方向键按时间顺序在事件之间移动，Home 和 End 跳到首尾，Enter 或空格键打开事件。按住 Ctrl 或 ⌘ 滚动鼠标滚轮可缩放。',
  zoomIn: '放大',
  zoomOut: '缩小',
  fitAll: '显示全部',
  timelineHeading: '时间轴',
  timelineZoom: '缩放时间轴',
  overviewLabel: '时间轴显示的时段',
  graphHeading: '关联',
  graphZoom: '缩放关系图',
  detailLabel: '事件',
  skipToDetail: '跳到事件详情',
  start: '开始阅读',
  startWith: (date, title) => `${date}：${title}`,
  storyPeriod: (from, to) => `${from}至${to}`,
  storyEvents: (count) => `${count} 个事件`,
  previous: '上一个',
  next: '下一个',
  stepPosition: (position, total) => `第 ${position} / ${total} 个`,
  backToStart: '返回概览',
  selectedAnnouncement: (date, title) => `已选择：${date} ${title}`,
  selectionCleared: '已取消选择',
  legend: '类别',
  planned: '计划中',
  eventsInCluster: (count) => `${count} 个事件`,
  graphLabel: '组织、协议与国家关系图',
  graphHelp: '选择一个名称，列出其参与的事件。拖动可移动图；按住 Ctrl 或 ⌘ 滚动鼠标滚轮可缩放。',
  graphHelpTouch: '点按一个名称，列出其参与的事件。双指移动和缩放图；单指滚动页面。',
  kindLegend: '形状表示名称的类型；颜色表示事件的类别。',
  entityList: '文中所有名称',
  connections: '关联',
  inSelectedEvent: '属于所选事件',
  eventsOfEntity: (count) => `${count} 个事件`,
  followTimeline: '仅显示时间轴当前时段',
  noEntitiesInRange: '此时段内没有内容。请缩放或平移时间轴。',
  quoteEmpty: '选择一个事件，阅读原文中标明其日期的句子。',
  translation: (language) => `译文（${language}）`,
  dateBasis: '日期推算依据',
  source: '来源',
  dateline: '发稿日期',
  readWholeSource: '阅读原文全文',
  close: '关闭',
  wholeSourceTitle: '原文全文',
  search: '搜索事件',
  searchPlaceholder: '搜索事件、名称、引文',
  categories: '类别',
  showingEvents: (shown, total) => `显示 ${shown} / ${total} 个事件`,
  noMatches: '没有匹配的事件。请清除搜索或重新打开类别。',
  language: '语言',
  selectedEntity: (name, count) => `${name}：${count} 个事件`,
  clearSelection: '取消选择',
  emptyStory: '这个故事还没有事件。',
  copyLink: '复制此事件的链接',
  linkCopied: '链接已复制',
  unknownEvent: (id) => `这个故事中没有事件“${id}”：链接可能有误或已过期。`,
  retry: '重试',
  errorTitle: '无法显示这个故事',
  errorNotFound: (status) => `无法加载故事文件（服务器返回 ${status}）。`,
  errorNetwork: '无法加载故事：网络请求失败。',
  errorTimeout: (seconds) => `故事文件在 ${seconds} 秒内没有加载完成。`,
  errorNotJson: '故事文件不是有效的 JSON。',
  errorTooLarge: (limit) => `故事文件超过了 ${limit} 的上限。`,
  errorInvalid: (count) => `故事数据有 ${count} 处错误：`,
  errorSourceMissing: '无法加载故事的原文。',
  errorInvalidUrl: '故事文件的地址不是有效的网址。',
  errorCodeMissing: '组件的一部分无法加载（网络错误）。请重新加载页面再试。',
  categoryNames: {
    politics: '政治',
    economy: '经济',
    transport: '交通物流',
    energy: '能源',
    digital: '数字互联',
    culture: '文化',
    ecology: '生态',
  },
  kindNames: {
    organisation: '组织',
    company: '企业',
    agreement: '协议',
    country: '国家',
    place: '地点',
    person: '人物',
    project: '项目',
    work: '作品',
    meeting: '会议',
  },
  relationNames: {
    'party-to': '缔约方',
    'member-of': '成员',
    'founded-in': '成立于',
    'signed-in': '签署于',
    'held-in': '举行于',
    'located-in': '位于',
    'operated-by': '运营方',
    leads: '领导',
    commemorates: '纪念',
    supplements: '补充',
    'cooperates-with': '合作',
    'authored-by': '作者',
    'published-in': '出版于',
    connects: '连接',
    visits: '访问',
    concerns: '涉及',
  },
  languageNames: LANGUAGE_NAMES,
};

const ru: UiStrings = {
  loading: 'Загрузка…',
  timelineLabel: 'Хронология событий',
  timelineHelp:
    'Стрелки переходят между событиями по датам, Home и End — к первому и последнему, Enter или пробел открывают событие. Ctrl или ⌘ с колесом мыши — масштаб.',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  fitAll: 'Показать всё',
  timelineHeading: 'Хронология',
  timelineZoom: 'Масштаб хронологии',
  overviewLabel: 'Период на шкале',
  graphHeading: 'Связи',
  graphZoom: 'Масштаб графа',
  detailLabel: 'Событие',
  skipToDetail: 'Перейти к событию',
  start: 'Начать',
  startWith: (date, title) => `${date}: ${title}`,
  storyPeriod: (from, to) => `${from} — ${to}`,
  storyEvents: (count) => `событий: ${count}`,
  previous: 'Предыдущее',
  next: 'Следующее',
  stepPosition: (position, total) => `${position} из ${total}`,
  backToStart: 'К началу',
  selectedAnnouncement: (date, title) => `Выбрано: ${date} ${title}`,
  selectionCleared: 'Выбор снят',
  legend: 'Категории',
  planned: 'запланировано',
  eventsInCluster: (count) => `событий: ${count}`,
  graphLabel: 'Граф организаций, соглашений и стран',
  graphHelp:
    'Выберите название, чтобы увидеть список связанных событий. Граф можно двигать мышью; Ctrl или ⌘ с колесом мыши — масштаб.',
  graphHelpTouch:
    'Коснитесь названия, чтобы увидеть список связанных событий. Двумя пальцами граф двигается и масштабируется, одним — прокручивается страница.',
  kindLegend: 'Форма — вид названия. Цвет — категория события.',
  entityList: 'Все названия в тексте',
  connections: 'Связи',
  inSelectedEvent: 'в выбранном событии',
  eventsOfEntity: (count) => `событий: ${count}`,
  followTimeline: 'Только видимый период',
  noEntitiesInRange: 'В этом периоде ничего нет. Измените масштаб или сдвиньте шкалу.',
  quoteEmpty: 'Выберите событие, чтобы прочитать фразу источника, которая его датирует.',
  translation: (language) => `Перевод (${language})`,
  dateBasis: 'Как определена дата',
  source: 'Источник',
  dateline: 'Дата публикации',
  readWholeSource: 'Читать источник полностью',
  close: 'Закрыть',
  wholeSourceTitle: 'Полный текст источника',
  search: 'Поиск событий',
  searchPlaceholder: 'События, названия, цитаты',
  categories: 'Категории',
  showingEvents: (shown, total) => `Показано ${shown} из ${total}`,
  noMatches: 'Ничего не найдено. Очистите поиск или включите категории.',
  language: 'Язык',
  selectedEntity: (name, count) => `${name}: событий — ${count}`,
  clearSelection: 'Снять выбор',
  emptyStory: 'В этой истории пока нет событий.',
  copyLink: 'Скопировать ссылку на событие',
  linkCopied: 'Ссылка скопирована',
  unknownEvent: (id) =>
    `В этой истории нет события «${id}»: возможно, ссылка набрана с ошибкой или устарела.`,
  retry: 'Повторить',
  errorTitle: 'Не удалось показать историю',
  errorNotFound: (status) => `Файл истории не загрузился (ответ сервера ${status}).`,
  errorNetwork: 'Не удалось загрузить историю: сетевой запрос не выполнен.',
  errorTimeout: (seconds) => `История не загрузилась за ${seconds} с.`,
  errorNotJson: 'Файл истории — не корректный JSON.',
  errorTooLarge: (limit) => `Файл истории больше допустимых ${limit}.`,
  errorInvalid: (count) => `Ошибок в данных истории: ${count}.`,
  errorSourceMissing: 'Не удалось загрузить текст источника.',
  errorInvalidUrl: 'Адрес файла истории — не корректный URL.',
  errorCodeMissing:
    'Не удалось загрузить часть виджета (ошибка сети). Обновите страницу, чтобы попробовать снова.',
  categoryNames: {
    politics: 'Политика',
    economy: 'Экономика',
    transport: 'Транспорт',
    energy: 'Энергетика',
    digital: 'Цифровая связь',
    culture: 'Культура',
    ecology: 'Экология',
  },
  kindNames: {
    organisation: 'Организация',
    company: 'Компания',
    agreement: 'Соглашение',
    country: 'Страна',
    place: 'Место',
    person: 'Персона',
    project: 'Проект',
    work: 'Произведение',
    meeting: 'Встреча',
  },
  relationNames: {
    'party-to': 'сторона',
    'member-of': 'член',
    'founded-in': 'основана в',
    'signed-in': 'подписано в',
    'held-in': 'проходил в',
    'located-in': 'находится в',
    'operated-by': 'оператор',
    leads: 'возглавляет',
    commemorates: 'в память о',
    supplements: 'дополняет',
    'cooperates-with': 'сотрудничает с',
    'authored-by': 'автор',
    'published-in': 'издано в',
    connects: 'соединяет',
    visits: 'посещает',
    concerns: 'касается',
  },
  languageNames: LANGUAGE_NAMES,
};

const STRINGS: Readonly<Record<UiLanguage, UiStrings>> = { zh, en, ru };

/** The interface strings for a language. */
export function uiStrings(lang: UiLanguage): UiStrings {
  return STRINGS[lang];
}
