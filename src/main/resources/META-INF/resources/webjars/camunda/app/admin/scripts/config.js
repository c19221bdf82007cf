import {appName, locales} from '../../huigui/language.js';

export default {
  app: appName('系统管理', 'Admin'),
  locales
};
