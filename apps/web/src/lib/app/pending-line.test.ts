import { describe, expect, it } from 'vitest';
import { en } from '../i18n/messages.en.ts';
import { ru } from '../i18n/messages.ru.ts';
import { pendingLine } from './pending-line.ts';

describe('the status bar pending line', () => {
  it('says why changes wait once a push failed, in Russian first', () => {
    expect(pendingLine(ru, 2, { kind: 'unreachable' }, true)).toBe(
      '2 изменения ждут отправки: сервер недоступен',
    );
    expect(pendingLine(ru, 1, { kind: 'refused', code: 'validation-failed' }, true)).toBe(
      '1 изменение ждёт отправки: сервер отказывает (код validation-failed)',
    );
    expect(pendingLine(ru, 1, { kind: 'refused', code: 'record-quota' }, true)).toBe(
      '1 изменение ждёт отправки: у семьи слишком много черновиков или карточек — удалите ненужные, и остальное отправится само',
    );
    expect(pendingLine(en, 2, { kind: 'server-error', status: 503 }, true)).toBe(
      '2 changes wait to be sent: server error, will retry',
    );
  });

  it('offline, only counts: «Нет связи» beside it says why, and the line stays one row at 360 px', () => {
    expect(pendingLine(ru, 5, null, false)).toBe('5 изменений ждут');
    expect(pendingLine(ru, 21, { kind: 'unreachable' }, false)).toBe('21 изменение ждёт');
    expect(pendingLine(en, 1, { kind: 'offline' }, false)).toBe('1 change waits');
  });

  it('counts plainly while nothing failed, and says all is sent at zero', () => {
    expect(pendingLine(ru, 3, null, true)).toBe(ru.pendingChanges(3));
    expect(pendingLine(ru, 0, { kind: 'unreachable' }, true)).toBe('Все изменения отправлены');
  });

  it('never says all is sent while scans still wait', () => {
    expect(pendingLine(ru, 0, null, true, 1)).toBe('Изменения отправлены, файлы ещё отправляются');
    expect(pendingLine(ru, 0, null, false, 2)).toBe('Изменения отправлены, файлы ждут связи');
    expect(pendingLine(en, 0, null, true, 1)).toBe('Changes sent; files still uploading');
    // Changes still waiting keep their own words; the uploads line counts the files.
    expect(pendingLine(ru, 2, null, false, 1)).toBe('2 изменения ждут');
    expect(pendingLine(ru, 0, null, true, 0)).toBe('Все изменения отправлены');
  });
});
