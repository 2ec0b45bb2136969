import { containsKey, districtKey, genericKeyReason } from '../../shared/domain/district-keys';
import type { District } from '../../shared/domain/plan';
import { AppError } from '../../shared/result';
import { placeName } from '../../shared/domain/units';

/**
 * A district's name and aliases are how the importer tells whose file it holds. One shared with
 * another district (or inside another's, since the matcher looks for whole words anywhere) makes
 * both match and every such file needs a clerk's confirmation; one made of generic words matches
 * every file. Both are refused before they reach the plan.
 */
export function checkDistrictKeys(district: District, others: readonly District[]): void {
  const own = [{ text: district.name, what: 'Tên' }, ...district.aliases.map((text) => ({ text, what: 'Bí danh' }))];
  for (const { text, what } of own) {
    const key = districtKey(text);
    const generic = genericKeyReason(text);
    if (generic === 'short') {
      throw new AppError('invalid_input', `${what} "${text}" quá ngắn để nhận ra đơn vị (cần ít nhất 3 chữ cái).`);
    }
    if (generic === 'generic') {
      throw new AppError('invalid_input', `${what} "${text}" là từ chung có trong báo cáo của mọi đơn vị, không dùng để nhận ra một đơn vị được.`);
    }
    for (const other of others) {
      if (other.code === district.code) continue;
      for (const theirs of [other.name, ...other.aliases]) {
        const their = districtKey(theirs);
        const label = theirs === other.name ? `tên "${theirs}"` : `bí danh "${theirs}"`;
        if (their === key) {
          throw new AppError(
            'conflict',
            `${what} "${text}" đã dùng cho ${placeName(other)}${theirs === text ? '' : ` (${label})`}: mỗi bí danh chỉ dùng cho một đơn vị, nếu không các tệp của đơn vị đó sẽ phải xác nhận.`,
          );
        }
        if (containsKey(their, key)) {
          throw new AppError(
            'conflict',
            `${what} "${text}" nằm trong ${label} của ${placeName(other)}: tệp của ${placeName(other)} cũng sẽ khớp với đơn vị này và phải xác nhận. Hãy ghi đầy đủ hơn.`,
          );
        }
        if (containsKey(key, their)) {
          throw new AppError(
            'conflict',
            `${what} "${text}" chứa ${label} của ${placeName(other)}: tệp ghi "${text}" sẽ khớp cả hai đơn vị và phải xác nhận.`,
          );
        }
      }
    }
  }
}
