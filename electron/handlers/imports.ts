import { blankForms } from '../forms/service';
import { reportsWithUnitNames } from '../import/reports-list';
import { periodName } from '../../shared/domain/periods';
import { savedFiles } from '../files/saved';
import type { HandlerGroup } from './types';

export const importHandlers = {
  'import.stage': ({ fileName, dataBase64, year }, { importer }) => importer.stage(fileName, Buffer.from(dataBase64, 'base64'), year),
  'import.confirm': ({ stagingId, identity, force }, { importer }) => importer.confirm(stagingId, identity, { force }),
  'import.save': ({ stagingId, receivedDate }, { importer }) => importer.save(stagingId, receivedDate),
  'import.refresh': ({ items }, { importer }) => importer.refresh(items),
  'import.choose': ({ stagingId, use }, { importer }) => importer.choose(stagingId, use),
  'import.drop': async ({ stagingId }, { importer }) => {
    importer.drop(stagingId);
    return null;
  },
  'reports.list': ({ year, period }, { ctx }) => reportsWithUnitNames(ctx, year, period),
  'template.save': async ({ period, unit }, { ctx, files }) => {
    const forms = await blankForms(ctx, period, unit);
    if (unit === 'all') {
      const set = await files.saveFiles(`Mẫu báo cáo ${periodName(period)}`, forms.map((f) => ({ name: f.fileName, bytes: f.bytes })));
      return savedFiles(files, set?.folder ?? null, set?.files ?? []);
    }
    const one = await files.saveFile(forms[0]!.fileName, forms[0]!.bytes);
    return savedFiles(files, one, one ? [one] : []);
  },
} satisfies HandlerGroup<'import' | 'reports' | 'template'>;
