import type { CourseLanguage } from './scaffold-words';
import { SCAFFOLD_WORDS } from './scaffold-words';

export interface CourseTemplateInput {
  id: string;
  title: string;
  language: CourseLanguage;
  moduleId: string;
  lessonId: string;
}

/** A course.yaml that builds as it is, with every field shown and explained. */
export function renderCourseYaml({ id, title, language, moduleId, lessonId }: CourseTemplateInput): string {
  const words = SCAFFOLD_WORDS[language];
  return `# The course: everything except the lesson texts. Every field is checked when you build or run
# \`npx peerpath check\`. The README section "Writing a course" explains each one.

# Stable id: lowercase letters, digits and dashes. Never change it once learners have started:
# saved progress and LMS records key on it.
id: ${id}
# Shown in the catalogue, on the overview and as the package title in an LMS.
title: ${quote(title)}
# One or two sentences for the catalogue.
summary: ${quote(words.summary)}
# en or da: chooses the interface words and how search understands the text.
language: ${language}
# Goes into the package file names; raise it when you publish a new version.
version: 1.0.0
# Who the course is for.
audience: ${quote(words.audience)}
# Rough total minutes (the lessons' estimatedMinutes added up), shown as a guide, never a limit.
estimatedMinutes: 10
# What a learner can do after the course.
objectives:
  - ${quote(words.objective)}
# Percentage (0–100) of the counted knowledge checks' points needed to pass.
passMark: 80
# Notes shown on the overview before anything starts: topics, why they are there, a short summary.
contentNotes: []
# "Support now", on every page. Your organisation must confirm every contact before publishing.
support:
  - name: ${quote(words.emergencyName)}
    phone: "112"
    description: ${quote(words.emergencyDescription)}
    emergency: true
  - name: ${quote(words.coordinatorName)}
    description: ${quote(words.coordinatorDescription)}
# What the LMS receives, what never leaves the learner's device, and who sees it (shown to learners).
recorded:
  sent:
    - ${quote(words.sent)}
  neverSent:
    - ${quote(words.neverSent)}
  whoSees: ${quote(words.whoSees)}
# Modules in the order learners meet them; each lists its lesson ids in order.
modules:
  - id: ${moduleId}
    title: ${quote(words.moduleTitle)}
    summary: ${quote(words.moduleSummary)}
    lessons:
      - ${lessonId}
`;
}

/** A YAML string in double quotes: safe whatever the words contain (colons, "#", commas). */
export function quote(text: string): string {
  return JSON.stringify(text);
}
