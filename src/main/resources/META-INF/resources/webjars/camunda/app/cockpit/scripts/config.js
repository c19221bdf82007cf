import {appName, locales} from '../../huigui/language.js';

export default {
  app: appName('驾驶舱', 'Cockpit'),
  locales
};
