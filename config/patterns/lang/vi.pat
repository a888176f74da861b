# Vietnamese pattern set. See common.pat for the file format.
# Tone placement is folded: "hoà" here also matches "hòa" in a page.

[drop]
bình luận
ý kiến bạn đọc
ý kiến
tin mới
tin mới nhất
tin nổi bật
tin hot
đọc nhiều
xem nhiều
đọc tiếp
xem tiếp
tìm kiếm
tìm kiếm thông tin
trang chủ
chia sẻ
chia sẻ bài viết
in bài
in bài viết
gửi bài
gửi
lưu
thích
trả lời
quay lại
về đầu trang
lên đầu trang
thời tiết
địa phương
liên hệ
đăng nhập
đăng ký
đăng xuất
xem tin theo ngày
thống kê truy cập
tổng số lượt truy cập
lượt xem
video
ảnh
quảng cáo
từ khóa
từ khoá
tags
chuyên mục
danh mục
tắt [x]
đóng
xem thêm
xem tất cả
tải thêm
phản hồi
gửi bình luận
gửi ý kiến

# Inline links to other stories inside the article ("Xem thêm: <tiêu đề>",
# "ĐỌC THÊM: ...") and invitations to a video or poll.
[drop match=prefix max_words=30]
xem thêm
đọc thêm
mời quý độc giả
mời quý vị
mời độc giả
mời bạn đọc
từ khóa
từ khoá
chủ đề:
thẻ:

# The page's audio reader, video boxes and tools around the article.
[drop]
nghe bài viết
nghe đọc bài viết
nghe đọc
nghe audio
đọc bài viết
tạm dừng
tốc độ đọc
giọng nữ
giọng nam
video đang hot
video hot
video nổi bật
clip hot
tin nóng
tin tiêu điểm
tin ảnh
tin video
đánh giá bài viết
báo lỗi
gửi phản hồi
góp ý
sao chép liên kết
sao chép link
lưu tin
lưu bài viết
đã lưu
theo dõi
bỏ theo dõi
gửi bạn bè
gửi cho bạn bè
in trang
trở về
trở lại
bình chọn
mới nhất
cũ nhất
quan tâm nhất
họ tên
họ và tên
mã xác nhận
hủy
huỷ
ý kiến (0)
bình luận (0)
lượt xem: 0
số lượt xem: 0

[drop_contains max_words=10]
giọng nữ
giọng nam
đường dây nóng
liên hệ quảng cáo
hotline
bình luận
ký tự
vui lòng nhập
vui lòng gõ
gõ tiếng việt có dấu
ý kiến của bạn
chia sẻ thông tin
truy cập
truy câp
lượt truy cập
đang truy cập
đang online
trực tuyến
xem thêm
đọc thêm
theo dõi chúng tôi
tải ứng dụng
đăng ký nhận tin
bản in
cỡ chữ
đăng ký nhận bản tin

# Some news sites close each article with where it was read and where to
# write ("Bạn đang đọc bài viết "…" tại chuyên mục … Mọi thông tin chia sẻ,
# phản hồi xin vui lòng gửi vào hòm thư …").
[drop_contains max_words=60]
bạn đang đọc bài viết
gửi vào hòm thư

[footer]
tổng biên tập
phó tổng biên tập
tổng giám đốc
giấy phép xuất bản
giấy phép hoạt động
giấy phép số
giấy phép thiết lập
cơ quan chủ quản
cơ quan chủ quản
chịu trách nhiệm xuất bản
chịu trách nhiệm nội dung
chịu trách nhiệm chính
tòa soạn
trụ sở
ý kiến bạn đọc
bình luận
gửi bình luận
viết bình luận
bản quyền
ghi rõ nguồn

[footer match=contains max_words=20]
giữ bản quyền
bản quyền thuộc
ghi rõ nguồn
phát hành lại thông tin

[section]
tin liên quan
tin cùng chuyên mục
cùng chuyên mục
các tin khác
tin khác
tin tức khác
bài viết liên quan
bài liên quan
có thể bạn quan tâm
bạn có thể quan tâm
tin đọc nhiều
bài đọc nhiều
đọc nhiều
xem nhiều
tin mới
tin mới nhất
tin nổi bật
tin đã đưa
các bài viết khác
các tin đã đưa
cùng chủ đề
tin cùng chủ đề
bài viết cùng chủ đề
tin tức liên quan
bài cùng chuyên mục
tin được quan tâm
tin xem nhiều
tin bài liên quan
các tin bài khác
các tin, bài khác
các tin bài đã đưa

[header]
bạn đang ở

[stopwords share=10]
và của các là có được cho với trong những một này đã không người để khi thì từ đến cũng về
theo tại do nên ra vào lại còn sẽ đang rằng mà nhưng hay hoặc nếu vì bởi qua trên dưới sau trước
đó nào ai gì đây vẫn rất nhiều hơn đều chỉ phải cần việc năm ngày nay cùng sự nhằm làm
ở các những mỗi giữa thêm bị nhau tôi chúng họ chị ông bà
vừa mới lên xuống tới bằng cả nữa lúc hiện chưa ấy kia ít nhất ngoài tuy thế vậy rồi đi mọi toàn
luôn hết đủ khá quá gồm số điều thể thời cách
# Words are syllables in Vietnamese ("tổ chức" is two), so function words
# are rarer among them than in English: the list is long to keep a short
# news paragraph above the prose threshold, and a tenth of a page's sample
# (share=10, not the default 20%) names the language; these words, with
# their tone marks, are Vietnamese's own.
# Not here: "anh", "em" and "như" are also given names (Minh Anh, Quỳnh
# Như), and a line that holds a stopword is never read as a byline.

[byline_prefix]
tác giả
bài và ảnh
bài, ảnh
bài
tin và ảnh
tin, ảnh
thực hiện
phóng viên
nhóm phóng viên
# Academic titles before an author's name in journals (`PGS, TS. NGUYỄN VĂN AN`).
gs, ts.
gs.ts.
gs. ts.
pgs, ts.
pgs.ts.
pgs. ts.
ts.
ths.

[byline_suffix]
(thực hiện)
(tổng hợp)
(lược dịch)
(biên dịch)
(theo)

[source_prefix]
nguồn
nguồn tin
theo

# Photo credits closing a caption ("Lễ khánh thành cầu. Ảnh: Minh Hòa"), and a
# caption that says its photo is a stock one ("… (Ảnh minh họa)").
[drop match=suffix max_words=40]
ảnh:
ảnh minh họa

# The titles of embedded videos ("Video: Người dân đổ xăng …", "Clip: …").
[drop match=prefix max_words=25]
video:
clip:
