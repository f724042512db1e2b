export { plainOffset, plainText, plainTitle, type PlainText } from '../../../model/plain-text.js';
