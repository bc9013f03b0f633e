import { SCAFFOLD_WORDS, type CourseLanguage } from './scaffold-words';

/** A branching role-play to append to a lesson: two scenes, two endings, every element and attribute shown and explained. */
export function renderScenario({ scenarioId, language }: { scenarioId: string; language: CourseLanguage }): string {
  const words = SCAFFOLD_WORDS[language];
  return `
{/* A branching role-play (README "Role-play scenarios").
    Scenario: id (stable, unique in the course), title, dimensions (the rubric that scores refer to),
    start (first scene; default the first), counts: practice (default), completion or score.
    Character: id, name, role. Variable: a whole number with initial, min and max.
    Scene: id, setting, narration, <Line character="…">, and at least one Choice.
    Choice: id, to (a scene or ending), feedback (what it protects, what it may cost, what else could
    work), scores ("dimension:+n"), sets ("variable:+n", "-n" or "=n"), when ("variable>=1": shown only then).
    Ending: id, title, the debrief; <Reflect> asks a question whose answer stays on the learner's device. */}
<Scenario id="${scenarioId}" title="${words.scenarioTitle}" counts="practice" dimensions="listening, choice" start="opening">
  <Character id="sam" name="${words.characterName}" role="${words.characterRole}" />
  <Variable id="trust" initial={0} min={0} max={2} />

  <Scene id="opening" setting="${words.setting}">
    ${words.narration}

    <Line character="sam">${words.line}</Line>

    <Choice id="listen-first" to="follow-up" scores="listening:+2" sets="trust:+1"
        feedback="${words.choiceOpenFeedback}">${words.choiceOpen}</Choice>
    <Choice id="offer-options" to="ending-steady" scores="choice:+1"
        feedback="${words.choiceCarefulFeedback}">${words.choiceCareful}</Choice>
  </Scene>

  <Scene id="follow-up" setting="${words.followUpSetting}">
    <Line character="sam">${words.followUp}</Line>

    <Choice id="close-together" to="ending-open" when="trust>=1" scores="choice:+2"
        feedback="${words.choiceCloseFeedback}">${words.choiceClose}</Choice>
    <Choice id="close-quickly" to="ending-steady" scores="listening:-1"
        feedback="${words.choiceCarefulFeedback}">${words.choiceCareful}</Choice>
  </Scene>

  <Ending id="ending-open" title="${words.endingTitle}">
    ${words.ending}

    <Reflect>${words.reflect}</Reflect>
  </Ending>
  <Ending id="ending-steady" title="${words.endingTitle}">
    ${words.ending}
  </Ending>
</Scenario>
`;
}
