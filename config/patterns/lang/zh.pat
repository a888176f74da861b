# Chinese pattern set, simplified and traditional. See common.pat for the
# file format. Chinese has no spaces between words, so a pattern matches
# wherever its characters stand; there are no [stopwords] (they are read
# off spaced words).

[drop]
首页
首頁
返回首页
返回首頁
分享
分享到
分享至
微信
微博
朋友圈
qq空间
打印
关闭
關閉
返回顶部
回到顶部
回到頂部
登录
登入
注册
註冊
搜索
搜尋
收藏
点赞
上一篇
下一篇
扫一扫
掃一掃
字号
更多
查看更多
阅读全文
閱讀全文
评论
評論
留言
发表评论
發表評論
# "Related articles" also heads pages whose own text follows unpunctuated
# (photo blogs): the heading goes, the lines under it stay.
相关文章
相關文章

[drop_contains max_words=20]
版权所有
版權所有
icp备
icp證

[footer]
网友评论
網友評論
发表评论
發表評論
相关评论
热门评论
全部评论

[section]
相关新闻
相關新聞
相关阅读
相關閱讀
相关推荐
热门推荐
熱門推薦
推荐阅读
推薦閱讀
延伸阅读
延伸閱讀
猜你喜欢
猜你喜歡
热点新闻
熱門新聞
最新新闻
最新文章
热门文章
熱門文章
更多新闻

# `记者 张伟`, `作者：张伟`, `文/张伟`.
[byline_prefix]
记者
記者
作者
文

[source_prefix]
来源
來源
出处
出處
