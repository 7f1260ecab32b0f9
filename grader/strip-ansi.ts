// Terminal colour and cursor codes, removed from text that goes to a log or a learner's screen.
// eslint-disable-next-line no-control-regex -- the escape character is the point
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
