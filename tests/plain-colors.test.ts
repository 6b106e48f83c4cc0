import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { PLAIN_COLORS, surelyColorless } from '../src/plain-colors.js';

describe('plain colours', () => {
  const chalk = new Chalk({ level: 0 });
  const uses: [string, (c: typeof chalk) => string][] = [
    ['one style', (c) => c.red('x')],
    ['a chain, several arguments', (c) => c.bold.red('a', 'b', 3)],
    ['no argument', (c) => c.dim()],
    ['not a string', (c) => c.green(12)],
    ['a style passed around', (c) => [c.green][0]!('q')],
    ['a colour model', (c) => c.hex('#fff').bold('y')],
    ['visible', (c) => c.red.visible('x')],
  ];
  for (const [what, use] of uses) it(`does what chalk does at level 0: ${what}`, () => expect(use(PLAIN_COLORS)).toBe(use(chalk)));

  it('is level 0 and no promise', async () => {
    expect(PLAIN_COLORS.level).toBe(0);
    expect(await Promise.resolve(PLAIN_COLORS)).toBe(PLAIN_COLORS);
  });

  it('leaves the choice to chalk whenever colour may be forced', () => {
    expect(surelyColorless(1, { FORCE_COLOR: '0' }, [])).toBe(false);
    expect(surelyColorless(1, { TF_BUILD: 'x', AGENT_NAME: 'y' }, [])).toBe(false);
    expect(surelyColorless(1, {}, ['node', 'mlsd', '--color=256'])).toBe(false);
  });
});
