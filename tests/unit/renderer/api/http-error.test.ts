import { describe, expect, it } from 'vitest';
import { httpError, httpErrorCode } from '../../../../renderer/api/http-error';

describe('the loopback server refusals, as the page reports them', () => {
  it('a busy server and an oversized request are not "forbidden"', () => {
    expect(httpErrorCode(503)).toBe('db_busy');
    expect(httpErrorCode(413)).toBe('limit_exceeded');
    expect(httpErrorCode(400)).toBe('invalid_input');
    expect(httpErrorCode(404)).toBe('not_found');
    expect(httpErrorCode(500)).toBe('internal');
    for (const status of [403, 405, 421]) expect(httpErrorCode(status)).toBe('forbidden');
  });

  it("shows the server's own Vietnamese sentence", async () => {
    const res = new Response('Máy chủ đang bận xử lý các yêu cầu khác; hãy thử lại sau giây lát.', { status: 503 });
    expect(await httpError(res)).toEqual({ code: 'db_busy', message: 'Máy chủ đang bận xử lý các yêu cầu khác; hãy thử lại sau giây lát. (mã 503)' });
    expect((await httpError(new Response('', { status: 403 }))).message).toBe('Máy chủ cục bộ từ chối yêu cầu (mã 403).');
  });
});
