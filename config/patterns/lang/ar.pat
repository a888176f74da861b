# Arabic pattern set. See common.pat for the file format. Spellings with
# and without hamza and tanween are both listed (أيضا, أيضاً): letters are
# matched as written.

[drop]
الرئيسية
الصفحة الرئيسية
بحث
شارك
مشاركة
طباعة
فيسبوك
تويتر
واتساب
تسجيل الدخول
اشترك
تعليقات
التعليقات
أضف تعليق
اقرأ المزيد
المزيد

[drop_contains max_words=20]
جميع الحقوق محفوظة
كل الحقوق محفوظة

[footer]
التعليقات
أضف تعليقا
أضف تعليقاً

[section]
اقرأ أيضا
اقرأ أيضاً
إقرأ أيضا
إقرأ أيضاً
أخبار ذات صلة
مقالات ذات صلة
الأكثر قراءة
الأكثر مشاهدة
آخر الأخبار
أخبار متعلقة

[byline_prefix]
بقلم
كتب
كتبت

[source_prefix]
المصدر

# Gregorian month names as used in Egypt and the Gulf, and the one-word
# Levantine names (the two-word ones, كانون الثاني, are not read).
[months]
1 = يناير
2 = فبراير شباط
3 = مارس آذار
4 = أبريل ابريل نيسان
5 = مايو أيار
6 = يونيو حزيران
7 = يوليو تموز
8 = أغسطس اغسطس آب
9 = سبتمبر أيلول
10 = أكتوبر اكتوبر
11 = نوفمبر
12 = ديسمبر
