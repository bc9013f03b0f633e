/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language of the course being rendered, so MDX components pick the right strings. */
    courseLanguage?: import('./i18n/strings').Language;
  }
}
