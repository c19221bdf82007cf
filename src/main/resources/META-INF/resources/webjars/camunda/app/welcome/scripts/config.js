import {appName, locales} from '../../huigui/language.js';

export default {
  app: appName('欢迎', 'Welcome'),
  locales
};
