import type { Advice } from '../mdx-elements/advice';
import { describeContent } from '../mdx-elements/container-children';
import type { MdastNode } from '../mdx-elements/mdast-node';

const BELONGS: Record<string, string> = {
  Scenario: 'in the lesson itself, after the other scenario ends',
  Character: 'directly inside a `<Scenario id="…">`',
  Variable: 'directly inside a `<Scenario id="…">`',
  Scene: 'directly inside a `<Scenario id="…">`',
  Ending: 'directly inside a `<Scenario id="…">`',
  Line: 'inside a `<Scene>` or an `<Ending>`',
  Choice: 'inside a `<Scene>`',
  Reflect: 'inside a `<Scene>` or an `<Ending>`',
};

const HOLDS: Record<string, string> = {
  Scenario: 'only `<Character>`, `<Variable>`, `<Scene>` and `<Ending>`',
  Scene: 'narrative paragraphs, `<Line>`, `<Choice>` and `<Reflect>`',
  Ending: 'debrief paragraphs, `<Line>` and `<Reflect>`',
  Character: 'nothing: end it with `/>`',
  Variable: 'nothing: end it with `/>`',
  Line: 'only text',
  Choice: 'only text',
  Reflect: 'only text',
};

/** A scenario element where it does nothing (a scene outside a scenario, a choice in a line), or another component inside a scenario. */
export function explainMisplacedScenarioElement(name: string, container: string | undefined): Advice {
  const belongs = BELONGS[name] ?? 'before or after the `<Scenario>`';
  if (container === undefined) {
    return { message: `\`<${name}>\` is outside any \`<Scenario>\`, so learners would never see it.`, hint: `Put it ${belongs}.` };
  }
  return {
    message: `\`<${name}>\` does not belong in \`<${container}>\`, so learners would never see it.`,
    hint: `Put it ${belongs}. \`<${container}>\` holds ${HOLDS[container] ?? 'only text'}.`,
  };
}

/** Content inside a scenario element that the scenario would not show: text directly in `<Scenario>`, a list in a scene. */
export function explainStrayScenarioContent(container: string, node: MdastNode): Advice {
  return {
    message: `\`<${container}>\` holds ${describeContent(node)}, which learners would not see.`,
    hint: `\`<${container}>\` holds ${HOLDS[container] ?? 'only text'}. ${tipFor(container)}`,
  };
}

function tipFor(container: string): string {
  if (container === 'Scenario') return 'Put narrative inside a `<Scene>`, and anything else before or after the scenario.';
  if (container === 'Scene' || container === 'Ending') {
    return 'Write the story as plain paragraphs (bold and emphasis show as plain text); put headings, lists and other content before or after the scenario.';
  }
  if (container === 'Character') return 'Describe the character in `role="…"`.';
  if (container === 'Variable') return 'Give its values in `initial`, `min` and `max`.';
  return 'Write plain text only.';
}

