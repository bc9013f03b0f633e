// Pieces the generator joins into sentences. `%` marks where a topic phrase goes. The combinations
// run into the hundreds of thousands, so lessons read differently and the index has real variety.
// No `{`, `<` or `"`: they would be MDX syntax or break a component attribute.

export const OPENERS: readonly string[] = [
  'In a peer group,', 'Early in a session,', 'When a participant goes quiet,', 'During companionship,',
  'With your co-facilitator,', 'Before the group starts,', 'After a hard session,', 'Over the ten weeks,',
  'In the first few minutes,', 'On a difficult day,', 'When plans change at short notice,',
  'Once trust has grown,', 'In a small group,', 'At the end of a round,', 'Between sessions,',
  'When you feel unsure,', 'In supervision,', 'After a break,', 'When the room feels tense,', 'Later on,',
];

export const SUBJECTS: readonly string[] = [
  'a facilitator', 'you', 'the volunteer peer', 'your co-facilitator', 'the group', 'a participant',
  'the person you are supporting', 'the organisation', 'your supervisor', 'a new volunteer',
  'someone who has been there', 'the whole team', 'each member of the group', 'a returning participant',
];

export const ACTIONS: readonly string[] = [
  'can notice % without rushing to fix anything', 'often needs to slow down and check what everyone understands by %',
  'may find that getting % right takes more practice than expected', 'can name % plainly and then move on',
  'does well to ask before bringing up %', 'might come back to % more than once',
  'can treat % as something to learn together', 'is allowed to find % hard',
  'can keep % simple, short and kind', 'will sometimes get % wrong, and that can be repaired',
  'can make room for % without making it the whole session', 'learns most about % by trying it with support',
  'can link % to what the person said they want', 'should not carry % alone',
  'can write a short note about % to bring to supervision', 'is there to share % with others, not to take charge of it',
  'can use % to make the next step a little clearer', 'can check in about % at the start of the next meeting',
  'may notice that people experience % differently', 'can offer % as a choice rather than a rule',
];

// Each closer carries its own leading punctuation, so clauses read naturally.
export const CLOSERS: readonly string[] = [
  ', and that is a normal part of the role.', ', so nobody has to guess what comes next.',
  ', because safety comes before content.', ', which keeps the focus on the person, not the problem.',
  ', and the group usually notices the care behind it.', ', even when the session runs a little over.',
  ', so that choices stay with the participant.', ', which protects you as much as the group.',
  ' without pressure to get it perfect.', ' as long as the agreement is kept in view.',
  ', and it helps to say out loud what you are doing.', ', which is why the manual leaves space for it.',
  ', because people remember how a group made them feel.', ', and you can always come back to it later.',
  ', so trust can grow a little at a time.', ', which is easier when the plan is shared in advance.',
];

/** Whole sentences that break up the rhythm of the generated ones. */
export const STANDALONE: readonly string[] = [
  'Breaks are part of learning, not a sign of failure.', 'Nobody is expected to have every answer.',
  'It is fine to pause and ask what would help right now.', 'Small, steady steps tend to last longer than big ones.',
  'You are a volunteer, not an expert, and that is the point.', 'Peer support is not therapy, crisis response or casework.',
  'Say what you will do, then do what you said.', 'Hope is easier to hold when it is shared.',
  'What happened matters more than what is wrong.', 'A predictable structure gives people room to relax.',
  'Passing is always allowed, in every round.', 'If in doubt, use the safety route and talk to your coordinator.',
  'Looking after yourself is part of looking after the group.', 'Mistakes can be named, repaired and learned from.',
];

export const LIST_LEADS: readonly string[] = [
  'A few things that often help:', 'Some questions to ask yourself:', 'Before the session:',
  'Signs worth noticing include:', 'You might try these steps:', 'Things people in earlier groups found useful:',
];

export const LIST_ITEMS: readonly string[] = [
  'Say the plan for the session out loud at the start.', 'Agree a signal with your co-facilitator.',
  'Offer a choice, and mean it.', 'Check who has not spoken yet, without putting them on the spot.',
  'Keep your own story short and come back to the group.', 'Write down what to bring to supervision.',
  'Know where the exits and the quiet room are.', 'Leave time for a short round at the end.',
  'Ask how something landed before moving on.', 'Take a breath before answering a hard question.',
  'Notice your own window of tolerance.', 'Remind the group that passing is fine.',
  'Follow up privately if someone seemed upset.', 'Keep to the agreed hours and channels.',
  'Use plain words rather than clinical terms.', 'Thank people for what they chose to share.',
];

export const GENERAL_HEADINGS: readonly string[] = [
  'Why it matters', 'What it looks like in a session', 'When it is hard', 'A short example',
  'Questions to ask yourself', 'Looking after yourself', 'Common worries', 'Trying it out',
  'What the research says', 'Taking it further',
];
