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
