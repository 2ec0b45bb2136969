import type { Rejection, RejectionCode } from '../../shared/domain/report';

/**
 * Every reason a file is refused, worded for a clerk: what the file is, and what to do about it.
 * Kept in one place so that the same situation always reads the same way.
 */
export const REJECTION_MESSAGES = {
  empty: ['not_xlsx', 'Tệp rỗng (0 byte): hãy xin đơn vị gửi lại tệp báo cáo.'],
  file_too_large: ['too_large', 'Tệp quá lớn so với một báo cáo quý (giới hạn {limit}): hãy kiểm tra lại, có thể đơn vị gửi nhầm tệp.'],
  old_xls: ['old_format', 'Tệp là định dạng Excel quá cũ (Excel 5.0/95 trở về trước), không đọc được chính xác: hãy mở bằng Excel và lưu lại thành .xlsx (Excel Workbook) rồi nhập lại.'],
  xls_unreadable: ['corrupt', 'Tệp Excel 97–2003 (.xls) bị hỏng, không đọc được nội dung ({detail}): hãy xin đơn vị gửi lại tệp, hoặc mở bằng Excel, lưu lại thành .xlsx rồi nhập lại.'],
  xls_declared_too_large: ['corrupt', 'Tệp .xls bị hỏng hoặc bị sửa đổi: trang tính khai báo kích thước vượt giới hạn của Excel 97–2003 ({detail}). Hãy xin đơn vị gửi lại tệp.'],
  encrypted: ['encrypted', 'Tệp Excel có đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) và lưu lại thành .xlsx (không đặt mật khẩu).'],
  ole_unknown: ['old_format', 'Tệp theo định dạng Office cũ nhưng không chứa bảng tính Excel đọc được (có thể bị hỏng): hãy mở bằng Excel và lưu lại thành .xlsx (không đặt mật khẩu) rồi nhập lại.'],
  word_doc: ['not_xlsx', 'Tệp là văn bản Word, không phải bảng tính Excel: hãy xin đơn vị gửi tệp Excel (.xlsx) của báo cáo.'],
  word_docx: ['not_xlsx', 'Tệp là văn bản Word (.docx) bị đổi đuôi thành .xlsx: hãy xin đơn vị gửi tệp Excel (.xlsx) của báo cáo.'],
  pptx: ['not_xlsx', 'Tệp là bản trình chiếu PowerPoint, không phải bảng tính Excel: hãy xin đơn vị gửi tệp Excel (.xlsx).'],
  xlsb: ['not_xlsx', 'Tệp là định dạng Excel nhị phân (.xlsb): hãy mở bằng Excel và lưu lại thành .xlsx (Excel Workbook).'],
  ods_unreadable: ['corrupt', 'Tệp bảng tính OpenDocument (.ods) bị hỏng, không đọc được nội dung ({detail}): hãy xin đơn vị gửi lại tệp, hoặc mở bằng LibreOffice, lưu lại thành .xlsx rồi nhập lại.'],
  ods_encrypted: ['encrypted', 'Tệp bảng tính OpenDocument (.ods) có đặt mật khẩu: hãy mở bằng LibreOffice, lưu lại không đặt mật khẩu (bỏ chọn "Lưu với mật khẩu") rồi nhập lại.'],
  html: ['not_xlsx', 'Tệp là trang HTML/XML được đặt tên .xlsx, không phải tệp Excel thật: hãy mở bằng Excel và lưu lại thành .xlsx.'],
  odd_package: ['corrupt', 'Tệp Excel được lưu theo cấu trúc lạ (do chương trình khác tạo) nên không đọc được: hãy mở bằng Excel và lưu lại thành .xlsx rồi nhập lại.'],
  zip_not_workbook: ['not_xlsx', 'Tệp nén này không chứa bảng tính Excel: hãy xin đơn vị gửi tệp Excel (.xlsx) của báo cáo.'],
  not_zip: ['not_xlsx', 'Tệp không phải bảng tính Excel (.xlsx): hãy xin đơn vị gửi lại tệp Excel của báo cáo.'],
  truncated: ['corrupt', 'Tệp bị hỏng (thiếu phần cuối, có thể do gửi hoặc tải về chưa hết): hãy xin đơn vị gửi lại tệp.'],
  broken_zip: ['corrupt', 'Tệp bị hỏng (cấu trúc tệp nén không đọc được): hãy xin đơn vị gửi lại tệp, hoặc mở bằng Excel và lưu lại.'],
  duplicate_part: ['corrupt', 'Tệp bị hỏng: có hai phần trùng tên bên trong tệp ({detail}). Hãy mở bằng Excel, lưu lại thành .xlsx rồi nhập lại.'],
  zip_encrypted: ['encrypted', 'Tệp bị nén có mật khẩu: hãy xin đơn vị gửi tệp .xlsx không đặt mật khẩu.'],
  size_lie: ['corrupt', 'Tệp bị hỏng hoặc bị sửa đổi: một phần bên trong giải nén ra khác với kích thước ghi trong tệp. Hãy xin đơn vị gửi lại tệp.'],
  doctype: ['corrupt', 'Tệp chứa khai báo DOCTYPE/ENTITY trong dữ liệu XML, điều Excel không bao giờ tạo ra (dấu hiệu tệp độc hại): tệp bị từ chối. Hãy xin đơn vị gửi lại tệp được lưu bằng Excel.'],
  inflated_too_large: ['too_large', 'Tệp giải nén ra quá lớn ({detail}), vượt xa một báo cáo quý (có thể là tệp độc hại): tệp bị từ chối.'],
  too_many_parts: ['too_complex', 'Tệp có quá nhiều phần bên trong ({detail}) so với một báo cáo: tệp bị từ chối.'],
  huge_merge: ['too_complex', 'Tệp quá phức tạp để đọc: có vùng gộp ô quá lớn ({detail}). Hãy bỏ gộp các ô thừa (Merge & Center) rồi lưu lại.'],
  too_many_merges: ['too_complex', 'Tệp quá phức tạp để đọc: quá nhiều vùng gộp ô ({detail}) so với một báo cáo quý. Hãy bỏ gộp các ô thừa (Merge & Center) rồi lưu lại.'],
  too_many_cells: ['too_complex', 'Tệp quá phức tạp để đọc: quá nhiều ô dữ liệu ({detail}) so với một báo cáo quý.'],
  too_many_rows: ['too_complex', 'Tệp quá phức tạp để đọc: quá nhiều dòng ({detail}, kể cả dòng trống) so với một báo cáo quý. Hãy mở bằng Excel, xóa các dòng thừa bên dưới bảng rồi lưu lại.'],
  too_many_strings: ['too_complex', 'Tệp quá phức tạp để đọc: quá nhiều đoạn chữ khác nhau ({detail}) so với một báo cáo quý. Hãy mở bằng Excel, xóa các trang, ô thừa rồi lưu lại.'],
  too_much_text: ['too_complex', 'Tệp chứa quá nhiều chữ ({detail}) so với một báo cáo quý. Hãy mở bằng Excel, xóa các trang, ô thừa rồi lưu lại.'],
  string_too_long: [
    'too_complex',
    'Tệp có một ô chữ dài bất thường ({detail}), vượt giới hạn {limit} ký tự một ô của Excel: tệp không do Excel lưu ra, hoặc đã bị sửa đổi. Hãy xin đơn vị gửi lại tệp được lưu bằng Excel.',
  ],
  formula_too_long: [
    'too_complex',
    'Tệp có một công thức dài bất thường ({detail}), vượt giới hạn {limit} ký tự một công thức của Excel: tệp không do Excel lưu ra, hoặc đã bị sửa đổi. Hãy xin đơn vị gửi lại tệp được lưu bằng Excel.',
  ],
  too_many_styles: ['too_complex', 'Tệp quá phức tạp để đọc: quá nhiều định dạng ô ({detail}). Hãy mở bằng Excel, bỏ các định dạng thừa (Trang đầu › Xóa › Xóa định dạng) rồi lưu lại.'],
  unreadable: ['corrupt', 'Không đọc được nội dung bảng tính (tệp hỏng hoặc do chương trình lạ tạo ra): hãy mở bằng Excel, lưu lại thành .xlsx rồi nhập lại.'],
  worker_crash: ['too_complex', 'Tệp quá phức tạp để đọc: chương trình đọc tệp vượt giới hạn bộ nhớ hoặc bị dừng. Hãy mở bằng Excel, xóa các trang, ô thừa rồi lưu lại.'],
  timeout: ['timeout', 'Đọc tệp quá lâu (quá {limit}) nên đã dừng: hãy mở bằng Excel, xóa các trang, ô thừa rồi lưu lại và nhập lại.'],
  stopped: ['timeout', 'Đã dừng đọc tệp vì chương trình đang đóng: hãy nhập lại tệp này.'],
  no_sheets: ['not_a_report', 'Tệp không có trang tính nào có dữ liệu: không phải báo cáo của đơn vị.'],
  no_table: [
    'not_a_report',
    'Tệp không phải báo cáo kết quả phối hợp: không tìm thấy bảng chỉ tiêu (cần các dòng như "Số buổi tuyên truyền…" cùng cột "Thực hiện trong kỳ", "Lũy kế từ đầu năm").',
  ],
  // A blank form (ours or the district's own) is not a report: counted, it would show the unit as on time.
  no_figures: ['no_figures', 'Báo cáo chưa có số liệu: mọi ô số liệu đều trống. Hãy xin đơn vị gửi lại báo cáo đã điền.'],
} as const satisfies Record<string, readonly [RejectionCode, string]>;

export type RejectionKind = keyof typeof REJECTION_MESSAGES;

export function rejection(kind: RejectionKind, fill: { detail?: string; limit?: string } = {}): Rejection {
  const [code, template] = REJECTION_MESSAGES[kind];
  const message = template.replace('{detail}', fill.detail ?? '').replace('{limit}', fill.limit ?? '');
  return fill.detail ? { code, message, detail: fill.detail } : { code, message };
}
