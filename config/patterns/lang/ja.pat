# Japanese pattern set. See common.pat for the file format. Japanese has no
# spaces between words, so a pattern matches wherever its characters stand;
# there are no [stopwords] (they are read off spaced words).

[drop]
ホーム
トップ
トップページ
シェア
シェアする
ツイート
いいね
印刷
検索
ログイン
新規登録
会員登録
メニュー
ページトップへ
ページの先頭へ
このページの先頭へ
もっと見る
続きを読む
コメント
コメントする
お問い合わせ

[drop_contains max_words=20]
all rights reserved
無断転載
無断複製

[footer]
コメントを書く
コメントを投稿
コメント一覧

[section]
関連記事
関連ニュース
関連リンク
おすすめ記事
おすすめ
人気記事
アクセスランキング
ランキング
最新記事
新着記事
こちらもおすすめ

[byline_prefix]
文
執筆
筆者
記者

[source_prefix]
出典
提供
