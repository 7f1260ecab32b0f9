// Room keys: + / = makes every terminal's text larger, - smaller (never under the deck's size),
// 0 back to it. Browser zoom cannot do this (Slidev rescales its canvas to the window), and the
// choice is stored, so the presenter's keypress also resizes the audience window of the browser.
import { defineShortcutsSetup } from '@slidev/types';
import { applyTerminalScale, stepTerminalScale } from '../composables/terminalScale';

export default defineShortcutsSetup((_nav, base) => {
  applyTerminalScale();
  return [
    ...base,
    { name: 'terminal_text_larger', key: '=', fn: () => stepTerminalScale(1) },
    { name: 'terminal_text_larger_plus', key: '+', fn: () => stepTerminalScale(1) },
    { name: 'terminal_text_smaller', key: '-', fn: () => stepTerminalScale(-1) },
    { name: 'terminal_text_reset', key: '0', fn: () => stepTerminalScale(0) },
  ];
});
