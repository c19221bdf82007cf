/*
 * The language of Tasklist, Cockpit, Admin and the welcome page: Simplified Chinese unless this browser
 * chose English with ?lang=en in an app's address (?lang=zh goes back). The choice holds for all apps.
 */
const KEY = 'huigui.language';
const LANGUAGES = ['zh', 'en'];

const asked = new URLSearchParams(window.location.search).get('lang');
if (LANGUAGES.includes(asked)) {
  window.localStorage.setItem(KEY, asked);
}
const language = window.localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';

// the browser's own language must not override the choice, so only one locale is offered
export const locales = {availableLocales: [language], fallbackLocale: language};

export function appName(zh, en) {
  return language === 'zh' ? {vendor: '回归', name: zh} : {vendor: 'Camunda', name: en};
}

function addSwitch() {
  const other = language === 'zh' ? 'en' : 'zh';
  const link = document.createElement('a');
  link.className = 'huigui-language';
  link.href = '?lang=' + other + window.location.hash;
  link.lang = other;
  link.textContent = other === 'en' ? 'English' : '中文';
  document.body.appendChild(link);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', addSwitch);
} else {
  addSwitch();
}

/*
 * Camunda Forms (form-js) checks fields in the browser with messages of its own, in English only; shown
 * in Chinese here. The server checks the same rules and answers in Chinese too.
 */
const FORM_MESSAGES = [
  [/^Field is required\.$/, () => '必填。'],
  [/^Field must match pattern .*\.$/, () => '格式不正确，请按字段说明填写。'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => '至少 ' + n + ' 个字。'],
  [/^Field must have maximum length of (\d+)\.$/, (n) => '最多 ' + n + ' 个字。'],
  [/^Field must have minimum value of (.+)\.$/, (n) => '不能小于 ' + n + '。'],
  [/^Field must have maximum value of (.+)\.$/, (n) => '不能大于 ' + n + '。'],
  [/^Field must be a valid email\.$/, () => '须为有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number.*$/, () => '须为有效的国际电话号码（如 +8613800000000）。']
];

// the text node itself is changed, not replaced, so that the form's own later updates still reach it
function translateFormMessages() {
  document.querySelectorAll('.fjs-form-field-error li').forEach((message) => {
    message.childNodes.forEach((node) => {
      if (node.nodeType !== Node.TEXT_NODE) {
        return;
      }
      for (const [english, chinese] of FORM_MESSAGES) {
        const match = english.exec(node.data.trim());
        if (match) {
          node.data = chinese(...match.slice(1));
          return;
        }
      }
    });
  });
}

if (language === 'zh') {
  new MutationObserver(translateFormMessages)
    .observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}
