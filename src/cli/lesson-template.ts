import { quote } from './course-template';
import { SCAFFOLD_WORDS, type CourseLanguage } from './scaffold-words';

/** A lesson that builds as it is: every frontmatter field shown and explained, the optional ones commented out. */
export function renderLesson({ id, title, language }: { id: string; title: string; language: CourseLanguage }): string {
  const words = SCAFFOLD_WORDS[language];
  return `---
# Stable id, unique in the course: saved progress keys on it. List it in a module's lessons in course.yaml.
id: ${id}
# The lesson title learners see.
title: ${quote(title)}
# What a learner can do after this lesson.
objectives:
  - ${quote(words.lessonObjective)}
# Rough time in minutes, shown as a guide, never a limit.
estimatedMinutes: 10
# false: the lesson does not count towards completing the course.
required: true
# Uncomment before sensitive material: learners choose to continue, read the summary or come back later.
# contentNote:
#   topics: [a topic in plain words]
#   why: Why the material is in the course.
#   summary: A short version a learner can read instead.
---

## ${words.lessonHeading}

${words.lessonText}

{/* Add a knowledge check with \`npx peerpath new quiz\` and a role-play with \`npx peerpath new scenario\`.
    <ContentNote topics={["…"]} why="…" summary="…">…</ContentNote> puts a note before part of the lesson. */}
`;
}
