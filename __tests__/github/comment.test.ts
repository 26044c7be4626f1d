import { describe, expect, it } from 'vitest';
import { isStickyComment } from '../../src/github/comment.js';

const marker = '<!-- mcp-ci:default -->';
const comment = (body: string, login: string, type: string) => ({ id: 1, body, html_url: '', user: { login, type } });

describe('isStickyComment', () => {
  it('matches the token user’s comment that starts with the marker', () => {
    expect(isStickyComment(comment(`${marker}\nreport`, 'release-bot', 'User'), marker, 'release-bot')).toBe(true);
    expect(isStickyComment(comment(`${marker}\nreport`, 'github-actions[bot]', 'Bot'), marker, 'release-bot')).toBe(
      false,
    );
  });

  it('without a known login (installation tokens), matches bots only', () => {
    expect(isStickyComment(comment(`${marker}\nreport`, 'github-actions[bot]', 'Bot'), marker, undefined)).toBe(true);
    expect(isStickyComment(comment(`${marker}\nquoted`, 'octocat', 'User'), marker, undefined)).toBe(false);
  });

  it('needs the marker at the start, with this comment id', () => {
    expect(isStickyComment(comment(`text ${marker}`, 'github-actions[bot]', 'Bot'), marker, undefined)).toBe(false);
    expect(
      isStickyComment(comment('<!-- mcp-ci:node-22 -->\nr', 'github-actions[bot]', 'Bot'), marker, undefined),
    ).toBe(false);
  });
});
