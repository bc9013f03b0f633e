// The test LMS's "moodle" preset: the value rules Moodle 4.5 applies on top of the SCORM books
// (mod/scorm/datamodels/scorm_12.js and scorm_13.js, and the entry rules of scorm_12.js.php and
// scorm_13.js.php as measured, see the project's SCORM notes), laid over scorm-again. A value
// Moodle refuses is refused here with Moodle's error code, before scorm-again sees it.
// Plain JavaScript: the harness page loads it as a module, and unit tests import it.

const decimal2004 = '^-?([0-9]{1,5})(\\.[0-9]{1,18})?$';
const shortIdentifier = '^[\\w\\.]{1,250}$';
const langString250 = '^(\\{lang=([a-zA-Z]{2,3}|i|x)(\\-[a-zA-Z0-9\\-]{2,8})?\\})?([^\\{].{0,250}$)?';
const formats2004 = {
  'cmi.completion_status': '^completed$|^incomplete$|^not attempted$|^unknown$',
  'cmi.success_status': '^passed$|^failed$|^unknown$',
  'cmi.exit': '^time-out$|^suspend$|^logout$|^normal$|^$',
  'cmi.location': '^[\\u0000-\\uFFFF]{0,1000}$',
  'cmi.suspend_data': '^[\\u0000-\\uFFFF]{0,64000}$',
  'cmi.session_time': '^P(\\d+Y)?(\\d+M)?(\\d+D)?(T(((\\d+H)(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)|((\\d+M)(\\d+(\\.\\d{1,2})?S)?)|((\\d+(\\.\\d{1,2})?S))))?$',
  'cmi.progress_measure': decimal2004,
  'cmi.score.scaled': decimal2004,
  'cmi.score.raw': decimal2004,
  'cmi.score.min': decimal2004,
  'cmi.score.max': decimal2004,
  'cmi.interactions.n.id': '^(?:(?!urn:)\\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\\S{1,4000})$',
  'cmi.interactions.n.type': '^true-false$|^choice$|^(long-)?fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$|^other$',
  'cmi.interactions.n.timestamp': '^(19[7-9]{1}[0-9]{1}|20[0-2]{1}[0-9]{1}|203[0-8]{1})((-(0[1-9]{1}|1[0-2]{1}))((-(0[1-9]{1}|[1-2]{1}[0-9]{1}|3[0-1]{1}))(T([0-1]{1}[0-9]{1}|2[0-3]{1})((:[0-5]{1}[0-9]{1})((:[0-5]{1}[0-9]{1})((\\.[0-9]{1,2})((Z|([+|-]([0-1]{1}[0-9]{1}|2[0-3]{1})))(:[0-5]{1}[0-9]{1})?)?)?)?)?)?)?)?$',
  'cmi.interactions.n.weighting': decimal2004,
  'cmi.interactions.n.result': '^correct$|^incorrect$|^unanticipated$|^neutral$|^-?([0-9]{1,4})(\\.[0-9]{1,18})?$',
  'cmi.interactions.n.latency': '^P(\\d+Y)?(\\d+M)?(\\d+D)?(T(((\\d+H)(\\d+M)?(\\d+(\\.\\d{1,2})?S)?)|((\\d+M)(\\d+(\\.\\d{1,2})?S)?)|((\\d+(\\.\\d{1,2})?S))))?$',
  'cmi.interactions.n.description': langString250,
  'adl.nav.request': '^previous$|^continue$|^exit$|^exitAll$|^abandon$|^abandonAll$|^suspendAll$|^_none_$',
};
const ranges2004 = { 'cmi.progress_measure': [0, 1], 'cmi.score.scaled': [-1, 1] };
const readOnly2004 = new Set(['cmi._version', 'cmi.completion_threshold', 'cmi.credit', 'cmi.entry', 'cmi.launch_data', 'cmi.learner_id',
  'cmi.learner_name', 'cmi.max_time_allowed', 'cmi.mode', 'cmi.scaled_passing_score', 'cmi.time_limit_action', 'cmi.total_time']);
const writeOnly2004 = new Set(['cmi.exit', 'cmi.session_time']);

// Per interaction type: item format, second format for pairs, most items, delimiters, unique items.
const responses2004 = {
  'true-false': { format: '^true$|^false$', max: 1 },
  choice: { format: shortIdentifier, max: 36, delimiter: '[,]', unique: true },
  'fill-in': { format: langString250, max: 10, delimiter: '[,]' },
  'long-fill-in': { format: '^(\\{lang=([a-zA-Z]{2,3}|i|x)(\\-[a-zA-Z0-9\\-]{2,8})?\\})?([^\\{].{0,4000}$)?', max: 1 },
  matching: { format: shortIdentifier, format2: shortIdentifier, max: 36, delimiter: '[,]', delimiter2: '[.]' },
  performance: { format: `^$|${shortIdentifier}`, format2: `${decimal2004}|^$|${shortIdentifier}`, max: 250, delimiter: '[,]', delimiter2: '[.]' },
  sequencing: { format: shortIdentifier, max: 36, delimiter: '[,]' },
  likert: { format: shortIdentifier, max: 1 },
  numeric: { format: decimal2004, max: 2, delimiter: '[:]' },
  other: { format: '^[\\u0000-\\uFFFF]{0,4000}$', max: 1 },
};

const cmiDecimal12 = '^-?([0-9]{0,3})(\\.[0-9]*)?$';
const string255 = '^[\\u0000-\\uFFFF]{0,255}$';
const timespan12 = '^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\\.[0-9]{1,2})?$';
const formats12 = {
  'cmi.core.lesson_location': string255,
  'cmi.core.lesson_status': '^passed$|^completed$|^failed$|^incomplete$|^browsed$',
  'cmi.core.score.raw': cmiDecimal12,
  'cmi.core.score.max': cmiDecimal12,
  'cmi.core.score.min': cmiDecimal12,
  'cmi.core.exit': '^time-out$|^suspend$|^logout$|^$',
  'cmi.core.session_time': timespan12,
  'cmi.suspend_data': '^[\\u0000-\\uFFFF]{0,64000}$',
  'cmi.interactions.n.id': '^[\\u0021-\\u007E]{0,255}$',
  'cmi.interactions.n.time': '^([0-2]{1}[0-9]{1}):([0-5]{1}[0-9]{1}):([0-5]{1}[0-9]{1})(\\.[0-9]{1,2})?$',
  'cmi.interactions.n.type': '^true-false$|^choice$|^fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$',
  'cmi.interactions.n.correct_responses.n.pattern': string255,
  'cmi.interactions.n.weighting': cmiDecimal12,
  'cmi.interactions.n.student_response': string255,
  'cmi.interactions.n.result': '^correct$|^wrong$|^unanticipated$|^neutral$|^([0-9]{0,3})?(\\.[0-9]*)?$',
  'cmi.interactions.n.latency': timespan12,
};
const ranges12 = {
  'cmi.core.score.raw': [0, 100], 'cmi.core.score.max': [0, 100], 'cmi.core.score.min': [0, 100], 'cmi.interactions.n.weighting': [-100, 100],
};
const readOnly12 = new Set(['cmi.core.student_id', 'cmi.core.student_name', 'cmi.core.credit', 'cmi.core.entry', 'cmi.core.total_time',
  'cmi.core.lesson_mode', 'cmi.launch_data', 'cmi.comments_from_lms', 'cmi.student_data.mastery_score',
  'cmi.student_data.max_time_allowed', 'cmi.student_data.time_limit_action']);
const writeOnly12 = /^cmi\.(core\.(exit|session_time)|interactions\.n\.(id|time|type|correct_responses\.n\.pattern|weighting|student_response|result|latency|objectives\.n\.id))$/;

const toModel = (element) => element.replace(/\.\d+\./g, '.n.').replace(/\.\d+\./g, '.n.');

// Moodle's own test: a match whose groups are all empty counts only for an empty value.
function matches(format, value) {
  const found = String(value).match(new RegExp(format));
  return found !== null && (found.join('').length > 0 || String(value).length === 0);
}

function inRange(range, value) {
  return range === undefined || (Number(value) >= range[0] && Number(value) <= range[1]);
}

// learner_response and correct_responses.n.pattern: one line of text (Moodle's CMIFeedback), then
// each item checked against the interaction type's format; an empty pattern is allowed.
function checkItems(rule, value, isPattern) {
  if (!matches('^.*$', value)) return '406';
  const items = rule.delimiter ? value.split(rule.delimiter) : [value];
  if (items.length > rule.max) return '351';
  for (const [index, item] of items.entries()) {
    if (rule.delimiter2) {
      const parts = item.split(rule.delimiter2);
      if (parts.length !== 2 || !new RegExp(rule.format).test(parts[0]) || !new RegExp(rule.format2).test(parts[1])) return '406';
    } else if (!new RegExp(rule.format).test(item)) {
      if (!(isPattern && value === '')) return '406';
    } else if (rule.unique && item !== '' && items.indexOf(item) !== index) {
      return '406';
    }
  }
  return '0';
}

function check2004(element, value, types) {
  const model = toModel(element);
  if (readOnly2004.has(model) || /\._(count|children|version)$/.test(model)) return '404';
  if (model === 'cmi.interactions.n.learner_response' || model === 'cmi.interactions.n.correct_responses.n.pattern') {
    const type = types.get(element.split('.')[2]);
    if (type === undefined) return '408';
    return checkItems(responses2004[type], value, model.endsWith('pattern'));
  }
  const format = formats2004[model];
  if (format !== undefined && !matches(format, value)) return '406';
  return inRange(ranges2004[model], value) ? '0' : '407';
}

function check12(element, value) {
  const model = toModel(element);
  if (/\._(count|children|version)$/.test(model)) return '402';
  if (readOnly12.has(model)) return '403';
  const format = formats12[model];
  if (format !== undefined && !matches(format, value)) return '405';
  return inRange(ranges12[model], value) ? '0' : '405';
}

/**
 * Lays Moodle's checks over a scorm-again API object: SetValue refuses what Moodle refuses (1.2:
 * 402, 403, 405; 2004: 404, 406, 407, 408, 351), GetValue of a write-only element answers 404
 * (1.2) or 405 (2004). Everything else is scorm-again's.
 */
export function applyMoodleRules(api, version) {
  const is12 = version === '12' || version === '1.2';
  const [getName, setName] = is12 ? ['LMSGetValue', 'LMSSetValue'] : ['GetValue', 'SetValue'];
  const types = new Map();
  const originalGet = api[getName].bind(api);
  const originalSet = api[setName].bind(api);
  const refuse = (code, answer) => {
    api.lastErrorCode = code;
    return answer;
  };
  for (let index = 0; ; index++) {
    const type = api.cmi?.interactions?.childArray?.[index]?.type;
    if (type === undefined) break;
    types.set(String(index), type);
  }
  api[getName] = (element) => {
    const model = toModel(String(element));
    if (is12 ? writeOnly12.test(model) : writeOnly2004.has(model)) return refuse(is12 ? '404' : '405', '');
    return originalGet(element);
  };
  api[setName] = (element, value) => {
    const code = is12 ? check12(String(element), String(value)) : check2004(String(element), String(value), types);
    if (code !== '0') return refuse(code, 'false');
    const result = originalSet(element, value);
    const match = /^cmi\.interactions\.(\d+)\.type$/.exec(String(element));
    if (match && String(result) === 'true') types.set(match[1], String(value));
    return result;
  };
  return api;
}

/**
 * The entry Moodle gives the next launch of an attempt that stored `stored` (flattened CMI): 1.2
 * "ab-initio" while nothing is stored, "resume" after exit "suspend", otherwise ""; 2004 "resume"
 * after "suspend", otherwise "ab-initio", even when location and suspend_data are stored.
 */
export function moodleEntry(version, stored) {
  if (version === '12' || version === '1.2') {
    if (!stored['cmi.core.lesson_status']) return 'ab-initio';
    return stored['cmi.core.exit'] === 'suspend' ? 'resume' : '';
  }
  return stored['cmi.exit'] === 'suspend' ? 'resume' : 'ab-initio';
}
