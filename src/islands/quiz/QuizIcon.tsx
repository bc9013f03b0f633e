/** What an icon stands for; every icon sits beside text that says the same. */
export type QuizIconName = 'fits' | 'not-quite' | 'saved' | 'answer' | 'hint' | 'passed' | 'not-passed';

// Simple outline shapes in the text colour: no crosses, nothing alarming.
const paths: Record<QuizIconName, string> = {
  fits: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.4 14.2-4.1-4.1 1.4-1.4 2.7 2.7 5.9-5.9 1.4 1.4Z',
  'not-quite': 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-1 4v5h2V8Zm0 7v2h2v-2Z',
  saved: 'M5 3h11l3 3v15H5Zm2 2v4h8V5Zm5 8a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5Z',
  answer: 'M12 2a7 7 0 0 0-4 12.7V17h8v-2.3A7 7 0 0 0 12 2Zm-3 17v1a2 2 0 0 0 2 2h2a2 2 0 0 0 2-2v-1Z',
  hint: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1 5h2v2h-2Zm0 4h2v6h-2Z',
  passed: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.4 14.2-4.1-4.1 1.4-1.4 2.7 2.7 5.9-5.9 1.4 1.4Z',
  'not-passed': 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-4 7h8v2H8Z',
};

/** Decorative: screen readers get the text next to it. */
export function QuizIcon({ name }: { name: QuizIconName }) {
  return (
    <svg className="quiz-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path fill="currentColor" fillRule="evenodd" d={paths[name]} />
    </svg>
  );
}
