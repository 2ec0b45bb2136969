import { expect, type Locator } from '@playwright/test';

/**
 * Every action the test takes as the clerk goes through here, so that the test can say how many
 * clicks and keystrokes a step costs: a click is one; choosing in a list is two (open it, pick);
 * typing into a field is one click to reach it and one keystroke per character.
 */
export class ClerkActions {
  clicks = 0;
  keys = 0;

  async click(target: Locator): Promise<void> {
    this.clicks++;
    await target.click();
  }

  /** A radio or tick box, clicked where the clerk clicks: the label around the hidden input. */
  async check(target: Locator): Promise<void> {
    this.clicks++;
    await target.locator('xpath=..').click();
    await expect(target).toBeChecked();
  }

  async select(target: Locator, value: string): Promise<void> {
    this.clicks += 2;
    await target.selectOption(value);
  }

  async type(target: Locator, text: string): Promise<void> {
    this.clicks++;
    this.keys += text.length;
    await target.fill(text);
  }

  /** The counts since `mark()`, for one stretch of the work. */
  mark(): () => { clicks: number; keys: number } {
    const [c, k] = [this.clicks, this.keys];
    return () => ({ clicks: this.clicks - c, keys: this.keys - k });
  }
}
