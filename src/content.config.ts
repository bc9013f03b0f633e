export { collections } from './content/collections';
