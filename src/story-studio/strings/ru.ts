/**
 * The studio's interface in Russian.
 *
 * @module
 */
import type { StudioStrings } from '../studio-strings.js';

/** Russian plural: 1 дата, 2 даты, 5 дат. */
function plural(count: number, one: string, few: string, many: string): string {
  const tens = count % 100;
  const units = count % 10;
  if (tens >= 11 && tens <= 14) return `${count} ${many}`;
  if (units === 1) return `${count} ${one}`;
  if (units >= 2 && units <= 4) return `${count} ${few}`;
  return `${count} ${many}`;
}

/** The studio in Russian. */
export const studioRu: StudioStrings = {
  studioTitle: 'Редактор историй',
  interfaceLanguage: 'Интерфейс',
  panels: 'Панели',
  tabNames: {
    event: 'События',
    entities: 'Сущности',
    relations: 'Связи',
    exclusions: 'Исключения',
    story: 'История',
    publish: 'Публикация',
  },
  choose: '— выберите —',
  restoreHeading: 'Несохранённая работа',
  restoreText: (storyId, when) => `Работа над «${storyId}» сохранена в этом браузере (${when}).`,
  restore: 'Восстановить',
  discard: 'Отбросить',
  newStoryHeading: 'Начать с исходного текста',
  sourceText: 'Исходный текст (вставьте в точности как опубликован)',
  orOpenText: 'или откройте текстовый файл',
  sourceLanguage: 'Язык источника',
  startStory: 'Начать историю',
  openHeading: 'Открыть историю',
  openFiles: 'Файл истории (.json) с исходным текстом (.txt)',
  openUrl: 'или историю с этого сайта',
  open: 'Открыть',
  undo: 'Отменить',
  redo: 'Повторить',
  download: 'Скачать файлы',
  saveToFolder: 'Сохранить в папку data/…',
  newOrOpen: 'Создать или открыть…',
  notKept: 'Браузер не сохранил работу: сохраните её, прежде чем закрыть вкладку.',
  undone: 'Отменено.',
  redone: 'Повторено.',
  cannotPropose: (reason) => `Из этого выделения не получилось события: ${reason}`,
  eventAdded: (date) =>
    `Событие добавлено, дата ${date}: проверьте предложение и напишите заголовок.`,
  downloaded: (names) => `Скачано: ${names}. Положите файлы в data/stories/ и data/sources/.`,
  written: (paths) => `Записано: ${paths}.`,
  notWritten: (reason) => `Ничего не записано: ${reason}`,
  sourceHeading: 'Источник',
  sourceHint:
    'Выделите любые предложения текста или выберите подсвеченную дату, чтобы взять её предложение, затем «Новое событие».',
  openCount: (count) => plural(count, 'открытая дата', 'открытые даты', 'открытых дат'),
  coveredCount: (count) => `покрыто: ${count}`,
  excludedCount: (count) => `исключено: ${count}`,
  coveredBy: (eventId) => `покрыто событием ${eventId}`,
  excludedBecause: (reason) => `исключено: ${reason}`,
  noReasonYet: 'причина ещё не указана',
  openMention: 'открыта: ни события, ни исключения',
  newEvent: 'Новое событие',
  selectedCharacters: (count) => `выделено символов: ${count}`,
  nothingSelected: 'Ничего не выделено',
  noEvents: 'Событий пока нет: выделите предложение источника.',
  draftBadge: 'проверить',
  quoteNote: (offset, length) =>
    `Цитата — собственный текст источника (${length} символов со смещения ${offset}); её нельзя набрать вручную.`,
  reviewed: 'Проверено: дата и тексты верны',
  proposalNote:
    'Предложено по тексту: проверьте дату, «запланировано» и обоснование, напишите заголовок и отметьте «Проверено».',
  date: 'Дата',
  start: 'Начало',
  end: 'Конец (для периода)',
  planned: 'Запланировано (после даты публикации)',
  dateBasis: 'Как получена дата',
  title: 'Заголовок',
  summary: 'Краткое описание',
  category: 'Категория',
  eventEntities: 'Сущности этого события',
  kindIfNew: 'Вид (для новой)',
  quoteTranslation: 'Перевод цитаты',
  eventId: 'Id события',
  removeEvent: 'Удалить это событие',
  removeNamed: (name) => `Удалить ${name}`,
  entityName: 'Название',
  kind: 'Вид',
  addEntity: 'Добавить',
  noEntities: 'Сущностей пока нет.',
  newRelation: 'Новая связь',
  relationType: 'Тип',
  from: 'От',
  to: 'К',
  supportingEvents: 'События, цитаты которых её подтверждают',
  addRelation: 'Добавить связь',
  relationNeedsEvent: 'Связи нужны тип, оба конца и хотя бы одно подтверждающее событие.',
  removeRelation: 'Удалить эту связь',
  openMentions: (count) =>
    `В источнике ${plural(count, 'открытая дата', 'открытые даты', 'открытых дат')}`,
  exclude: 'Исключить',
  excludeMention: (mention) => `Исключить «${mention}»`,
  exclusionsHeading: 'Исключённые даты',
  occurrence: (n) => `(вхождение ${n})`,
  reason: 'Причина',
  removeExclusion: 'Удалить это исключение',
  storyId: 'Id истории (имя файла)',
  storyLanguages: 'Языки истории',
  storyTitle: 'Заголовок истории',
  storySummary: 'Описание истории',
  sourceDetails: 'Источник',
  dateline: 'Дата публикации',
  publisher: 'Издатель',
  sourceTitle: 'Заголовок источника',
  url: 'Ссылка',
  credit: 'Автор',
  readyToPublish: 'Проблем нет: сборка опубликует эту историю',
  problemCount: (count) => `До публикации: ${plural(count, 'проблема', 'проблемы', 'проблем')}`,
  warningCount: (count) => plural(count, 'предупреждение', 'предупреждения', 'предупреждений'),
  previewHeading: 'Предпросмотр',
  nothingToPreview: 'Пока нечего показать: добавьте событие с датой.',
  publishHint:
    'Когда история собрана на сайт, вставьте в статью один из этих фрагментов. Предпросмотр показывает выбранный виджет.',
  element: 'Виджет',
  language: 'Язык',
  height: 'Высота (px)',
  scriptCode: 'Тег script (страницы, где скрипты разрешены)',
  iframeCode: 'Iframe (CMS, вырезающие скрипты)',
  publishPreview: 'Предпросмотр встраивания',
};
