//! Golden tests of the cleaning pipeline: the Vietnamese seed pages (copied
//! into tests/data with their labels) and table-driven regression cases,
//! each named after the case it guards.

mod common;

use boilerstrip::envelope::{Format, Page};
use boilerstrip::{Pipeline, PipelineBuilder};

fn pipeline() -> Pipeline {
    PipelineBuilder::new().patterns_dir(common::repo().join("config/patterns")).build().unwrap()
}

fn clean(text: &str, url: Option<&str>) -> boilerstrip::Record {
    let page = Page { url: url.map(str::to_string), ..Page::text(text) };
    pipeline().clean(page, true).unwrap().record
}

#[test]
fn vi_seeds_lose_no_content_leak_no_boilerplate_and_read_all_metadata() {
    let dir = common::repo().join("tests/data/vi-seeds");
    let docs = boilerstrip::eval::load_set(&dir, Format::Text).unwrap();
    assert_eq!(docs.len(), 5);
    let p = pipeline();
    let records = boilerstrip::eval::run(&p, &docs, Format::Text, &|_| {});
    let scores: serde_json::Value = serde_json::from_str(&boilerstrip::eval::score_records(&docs, &records).to_json()).unwrap();
    assert_eq!(scores["content_lines_lost"], 0, "{scores}");
    assert_eq!(scores["boilerplate_lines_leaked"], 0, "{scores}");
    assert_eq!(scores["boilerplate_lines"], 47, "{scores}");
    let meta = boilerstrip::eval::score_meta(&docs, &records);
    for f in meta.fields {
        assert_eq!(f.right, f.n, "{}: {}/{} right", f.field, f.right, f.n);
    }
}

struct Case {
    name: &'static str,
    text: &'static str,
    keep: &'static [&'static str],
    drop: &'static [&'static str],
    title: Option<&'static str>,
    published: Option<&'static str>,
    authors: &'static [&'static str],
    source: Option<&'static str>,
}

// One English article for the text cases, as macros so that `concat!` can
// build each case's page around it.
macro_rules! para_en_1 {
    () => {
        "The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade."
    };
}
macro_rules! para_en_2 {
    () => {
        "Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season."
    };
}
macro_rules! para_en_3 {
    () => {
        "Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan."
    };
}
macro_rules! article_en {
    () => {
        concat!(para_en_1!(), "\n\n", para_en_2!(), "\n\n", para_en_3!())
    };
}
// A German article, for rules read off German lexicons.
macro_rules! article_de {
    () => {
        "Noch wartet Antonio Gutierrez ab, doch der Aktivist der unabhängigen Mietergewerkschaft hat mit vielen Mietern gesprochen.\n\n\
         Seit Tagen zirkulieren in den sozialen Medien die Briefe von Vermietern, die mitunter wenig freundlich formuliert sind.\n\n\
         Aktuell fordern er und rund fünfzig andere Organisationen in einer Petition die Aussetzung der Mietzahlungen für alle."
    };
}

// Five more paragraphs of the English article, for cases that need its prose
// to outweigh what follows it.
macro_rules! harbour_works_en {
    () => {
        "\n\nThe engineers expect the new wall to protect the inner harbour from the winter storms that have flooded the quay three times in the last five years, \
             and they say that the fishing fleet will be able to stay in port safely even in the strongest easterly gales.\n\n\
             The cost of the project will be shared between the council, the port authority and a national fund for coastal defences, \
             which approved its share of the money in the autumn after a long review of the plans and of the expected benefits for the town.\n\n\
             A public meeting will be held next month in the town hall, where residents can see the drawings and ask the engineers questions \
             about the timetable, the noise of the works and the temporary closure of the footpath along the old wall.\n\n\
             The harbour master said that the boats moored along the old wall will be moved to the marina for the duration of the works, \
             and that the owners will not have to pay for their new berths, which the port authority will cover from its maintenance budget.\n\n\
             Local businesses along the quay hope that the works will bring more visitors once they are finished, as the plans include a wider promenade \
             with benches, new lighting and a viewing platform at the far end of the wall, looking out over the bay towards the lighthouse.\n\n"
    };
}
const PARA_EN_1: &str = para_en_1!();
const PARA_EN_2: &str = para_en_2!();
const PARA_EN_3: &str = para_en_3!();

const CASES: &[Case] = &[
    Case {
        name: "english_news_with_menus_related_comments_and_footer",
        text: concat!(
            "Home | World | Business | Sport\nSearch\n\nHarbour wall to be extended after long debate\n\nBy Jane Doe and John Roe\nMarch 3, 2021\n\n",
            article_en!(),
            "\n\n\
               Related articles\nCouncil approves budget\nNew ferry route opens\n\nComments\nGreat news for the town, finally something is being done about it!\n\n\
               Copyright 2021 Harbour Times. All rights reserved."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Home | World", "Search", "Related articles", "Council approves budget", "Great news for the town", "All rights reserved", "By Jane Doe"],
        title: Some("Harbour wall to be extended after long debate"),
        published: Some("2021-03-03"),
        authors: &["Jane Doe", "John Roe"],
        source: None,
    },
    Case {
        name: "blog_post_footers_go_and_the_byline_above_still_names_the_author",
        text: concat!(
            "Harbour wall to be extended after long debate\n\nPosted by Jane Doe\n\n",
            article_en!(),
            "\n\nPosted by Jane Doe at 12:11 PM\n\nNo comments:"
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Posted by", "No comments"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "a_long_headline_wins_over_the_caption_under_it",
        text: concat!(
            "Harbour wall to be extended after a long debate about its cost and its schedule\n\n\
             The old harbour wall seen from the ferry terminal on a stormy winter morning last year\n\n",
            article_en!()
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Harbour wall to be extended"],
        title: Some("Harbour wall to be extended after a long debate about its cost and its schedule"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_listed_comment_header_ends_the_article_a_plain_one_does_not",
        text: concat!(
            para_en_1!(),
            "\n\nThe harbour master says:\n\n",
            para_en_2!(),
            "\n\n",
            para_en_3!(),
            "\n\n  1. Jane Doe says:\n\nWhat a wonderful plan for the town, I cannot wait to walk along the new wall next summer with my family.\n\n  2. John Roe says\n\nI agree with every word, and I hope the works will not disturb the fishing boats during the season."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3, "The harbour master says:"],
        drop: &["Jane Doe says", "What a wonderful plan", "I agree with every word"],
        title: None,
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_dated_feed_below_the_article_ends_it",
        text: concat!(
            "May 5, 2025\n\n",
            article_en!(),
            "\n\nDec 19, 2025\n\nFerry timetable changes for the winter\n\nThe island ferry will run twice a day from January, the operator said on Friday.",
            "\n\nDec 18, 2025\n\nNew library opens its doors\n\nReaders queued for an hour on the first morning to see the new reading room.",
            "\n\nDec 17, 2025\n\nMarket square to be closed to cars\n\nThe square will be open to walkers and cyclists only from the spring, traders said."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Dec 18, 2025", "Ferry timetable", "New library", "Readers queued", "Market square"],
        title: None,
        published: Some("2025-05-05"),
        authors: &[],
        source: None,
    },
    Case {
        name: "comments_stamped_with_a_time_are_not_a_dated_feed",
        text: concat!(
            "May 5, 2025\n\n",
            article_en!(),
            "\n\nMay 6, 2025 at 6:13 PM\n\nI walked along the old wall yesterday and it really does need the repairs before the next storm season.",
            "\n\nMay 6, 2025 at 7:40 PM\n\nTwo hundred metres seems a lot, but the fishermen I spoke to were all in favour of the plan.",
            "\n\nMay 7, 2025 at 9:02 AM\n\nI hope the council publishes the full budget so that everyone can see where the money will go."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3, "Two hundred metres seems a lot", "I hope the council publishes"],
        drop: &[],
        title: None,
        published: Some("2025-05-05"),
        authors: &[],
        source: None,
    },
    Case {
        name: "an_author_bio_names_the_author_when_no_byline_does",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\nJane Doe (@janedoe) is a staff writer at the Harbour Gazette, where she covers the coast and its towns."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "an_author_bio_below_the_article_ends_it",
        text: concat!(
            article_en!(),
            "\n\nJane Doe is a staff writer at the Harbour Gazette, where she covers the coast and its towns.",
            "\n\nUpcoming events\n\nJoin our editors for a live talk on the council's coastal plans."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Jane Doe is a staff writer", "Upcoming events", "Join our editors"],
        title: None,
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "a_byline_closing_on_an_initial_keeps_its_period",
        text: concat!("Harbour wall to be extended after long debate\n\nBy J.R. Stone and Joe S.\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["By J.R. Stone"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["J.R. Stone", "Joe S."],
        source: None,
    },
    Case {
        name: "a_bylines_names_end_at_a_label",
        text: concat!("Harbour wall to be extended after long debate\n\nBy Jane Doe Category: Local News\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["By Jane Doe Category"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "a_byline_whose_name_was_lost_before_a_comment_counter_names_nobody",
        text: concat!("Harbour wall to be extended after long debate\n\nPosted by No Comments\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "an_author_box_without_a_job_title_ends_the_article",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\nMaria Keller\n\nMaria Keller has followed the harbour, its ferries and the town council since she moved to the coast.",
            "\n\nMore from our newsroom\n\nSign up for the morning briefing and get the week's stories first."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Maria Keller has followed", "Sign up for the morning briefing"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Maria Keller"],
        source: None,
    },
    Case {
        name: "an_author_box_headed_by_a_label_and_a_credential_ends_the_article",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\nWritten by: Maria Keller, PhD\n\nDr. Maria Keller has followed the harbour, its ferries and the town council since she moved to the coast.",
            "\n\nMore from our newsroom\n\nSign up for the morning briefing and get the week's stories first."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Maria Keller has followed", "Sign up for the morning briefing"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Maria Keller"],
        source: None,
    },
    Case {
        name: "an_author_box_whose_bio_opens_with_the_given_name_alone_ends_the_article",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\nMaria Keller\n\nMaria has followed the harbour, its ferries and the town council since she moved to the coast.",
            "\n\nMore from our newsroom\n\nSign up for the morning briefing and get the week's stories first."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Maria has followed", "Sign up for the morning briefing"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Maria Keller"],
        source: None,
    },
    Case {
        name: "a_listicles_field_lines_stay_in_the_article",
        text: concat!(
            "The best tents of the year\n\n",
            "We slept in twenty tents over three months of rain, wind and one surprise snowfall in the hills.\n\n",
            "Best overall tent: Nemo Aurora 2P ($200)\n\n",
            "The Aurora pitched fastest in our tests and kept us dry through two nights of steady rain on the ridge.\n\n",
            "Best budget tent: Kelty Late Start ($130)\n\n",
            "The Late Start is heavier than the others, but it costs far less and stood up to every storm we met.\n\n",
            "Best ultralight tent: Zpacks Duplex ($700)\n\n",
            "The Duplex weighs barely more than a water bottle, which matters most to those who hike for weeks at a time."
        ),
        keep: &["Best overall tent: Nemo Aurora 2P", "Best budget tent: Kelty Late Start", "Best ultralight tent: Zpacks Duplex"],
        drop: &[],
        title: Some("The best tents of the year"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_copyright_notice_inside_a_line_early_in_a_long_document_does_not_end_it",
        text: concat!(
            "Harbour wall extension: the engineers' report\n\n",
            article_en!(),
            "\n\nThe engineers' report, published the same day, runs to some forty pages and is summarised section by section below.",
            "\n\nCopyright (c) 2014 the Harbour Trust and the report's authors. All rights reserved.",
            "\n\nThe first section of the report describes the seabed along the planned wall and the samples taken from it.",
            "\n\nThe second section sets out how the new blocks will be cast on shore and lowered into place by barge.",
            "\n\nThe third section estimates the cost of the work and compares it with the cost of repairing the old wall.",
            "\n\nThe fourth section weighs the effect of the longer wall on the currents and the sand at the town beach.",
            "\n\nThe fifth section explains how the harbour will stay open to the ferries while the work goes on.",
            "\n\nThe last section lists the permits still needed and the dates by which the council expects to hold them."
        ),
        keep: &[PARA_EN_1, PARA_EN_3, "The first section of the report", "The last section lists the permits"],
        drop: &["All rights reserved"],
        title: Some("Harbour wall extension: the engineers' report"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_list_of_people_each_under_their_name_is_not_an_author_box",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\nMaria Keller\n\nMaria Keller has run the harbour office for twelve years and argued for the longer wall from the start.",
            "\n\nPeter Novak\n\nPeter Novak leads the fishermen's cooperative, whose boats will moor behind the new section.",
            "\n\nAnna Berg\n\nAnna Berg chairs the council's works committee, which must still approve the contract in June."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3, "Maria Keller has run", "Peter Novak leads", "Anna Berg chairs"],
        drop: &[],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "an_author_bio_above_the_article_does_not_end_it",
        text: concat!("Jane Doe is a staff writer at the Harbour Gazette, where she covers the coast and its towns.\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: None,
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "an_image_alt_text_between_paragraphs_is_dropped",
        text: concat!(para_en_1!(), "\n\nfishing boats moored along the old harbour wall\n\n", para_en_2!(), "\n\n", para_en_3!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["fishing boats moored"],
        title: None,
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "photo_credits_and_avatar_alt_texts_are_dropped_and_no_title",
        text: concat!(
            "Doug Clow’s avatar\n\nCourtesy of Harbour Trust\n\nHarbour wall to be extended after long debate\n\n",
            para_en_1!(),
            "\n\nPhoto courtesy of the city council\n\n",
            para_en_2!(),
            "\n\n",
            para_en_3!()
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Doug Clow’s avatar", "Courtesy of Harbour Trust", "Photo courtesy of"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_wrapped_paragraph_line_is_not_alt_text",
        text: concat!(
            para_en_1!(),
            "\n\nResidents who live near the water said they were relieved by the decision, and\n",
            "most of them fishermen\n",
            "Some worried that the construction would disturb the fishing season.\n\n",
            para_en_3!()
        ),
        keep: &[PARA_EN_1, "most of them fishermen", PARA_EN_3],
        drop: &[],
        title: None,
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_heading_capitalized_like_a_name_is_not_the_author",
        text: concat!(
            "Harbour wall to be extended after long debate\n\nHarbour Works\n\n",
            article_en!(),
            "\n\nThe works on the harbour will close the north pier for a month."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_name_may_hold_one_common_word",
        text: concat!(
            "Harbour wall to be extended after long debate\n\nSara Brown\n\n",
            article_en!(),
            "\n\nThe brown water of the harbour will be dredged before the works begin."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Sara Brown"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Sara Brown"],
        source: None,
    },
    Case {
        name: "form_plugin_labels_and_placeholder_text_are_dropped",
        text: concat!(
            article_en!(),
            "\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n\nThis field is for validation purposes and should be left unchanged.\n\nThank you! Your submission has been received!\n\nOops! Something went wrong while submitting the form."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Lorem ipsum", "This field is for validation purposes", "Your submission has been received", "Oops!"],
        title: None,
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_byline_glued_to_its_prefix_names_the_author",
        text: concat!("Harbour wall to be extended after long debate\n\nByJane Doe\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["ByJane"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "capitalized_chrome_at_the_edge_is_not_an_author",
        text: concat!("Harbour wall to be extended after long debate\n\nIdeas For The Weekend\n\n", para_en_1!(), "\n\n", para_en_2!(), "\n\nJane Doe"),
        keep: &[PARA_EN_1, PARA_EN_2],
        drop: &["Jane Doe"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "template_residue_lines_are_removed",
        text: concat!(para_en_1!(), "\n\n", para_en_2!(), "\n\n{name} - {time}\n\n{body}\n Trả lời"),
        keep: &[PARA_EN_1, PARA_EN_2],
        drop: &["{name}", "{body}", "{time}"],
        title: None,
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "vietnamese_tone_placement_variants_match_one_pattern",
        text: "Ngày cập nhật 02/08/2019\n\nĐảng bộ huyện tiếp tục nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng, đồng thời chăm lo xây dựng đội ngũ cán bộ trong sạch vững mạnh.\n\n\
               Các cấp ủy đã tập trung chỉ đạo củng cố tổ chức đảng yếu kém và gắn xây dựng tổ chức cơ sở đảng với củng cố hệ thống chính trị ở cơ sở.\n\n\
               Nguồn: Báo Hoà Bình\n\nToà soạn: Số 2, đường Trần Hưng Đạo\nTòa soạn: Số 4, phố Lê Lợi",
        keep: &["Đảng bộ huyện tiếp tục", "Các cấp ủy đã tập trung"],
        drop: &["Toà soạn", "Tòa soạn", "Nguồn:"],
        title: None,
        published: Some("2019-08-02"),
        authors: &[],
        source: Some("Báo Hoà Bình"),
    },
    Case {
        name: "vietnamese_portal_name_repeated_in_its_footer_is_no_headline",
        text: "Cổng thông tin điện tử huyện Tân Phú\nGiới thiệu\nTin tức - Sự kiện\n\
               Hội nghị tổng kết công tác khuyến nông năm 2025\nNgày đăng: 20/11/2025\n\
               Sáng ngày 19/11, Trạm Khuyến nông huyện tổ chức hội nghị tổng kết công tác khuyến nông năm 2025 và triển khai phương hướng nhiệm vụ năm 2026 với hơn 60 hộ nông dân tiêu biểu.\n\
               Trong năm, Trạm đã tổ chức 24 lớp tập huấn kỹ thuật trồng trọt và chăn nuôi cho hơn 1.200 lượt nông dân, xây dựng 5 mô hình trình diễn lúa chất lượng cao.\n\
               Các mô hình đều cho hiệu quả kinh tế cao hơn so với sản xuất truyền thống từ 15 đến 20%, được nông dân đánh giá cao và nhân rộng ở nhiều xã.\n\
               Nguồn tin: Phòng Nông nghiệp huyện\n\
               Thống kê truy cập\nĐang online: 25\nCỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN PHÚ\nCơ quan chủ quản: Ủy ban nhân dân huyện Tân Phú",
        keep: &["Sáng ngày 19/11", "Trong năm, Trạm", "Các mô hình đều"],
        drop: &["Cổng thông tin", "CỔNG THÔNG TIN", "Hội nghị tổng kết công tác khuyến nông năm 2025\n", "Đang online", "Cơ quan chủ quản"],
        title: Some("Hội nghị tổng kết công tác khuyến nông năm 2025"),
        published: Some("2025-11-20"),
        authors: &[],
        source: Some("Phòng Nông nghiệp huyện"),
    },
    Case {
        name: "vietnamese_pen_name_byline_and_a_topic_label_inside_the_article",
        text: "24/11/2025 10:05 GMT+7\nKhởi tố nhóm lừa đảo bán vé máy bay giả qua mạng xã hội\n\
               TTO - Công an TP.HCM vừa khởi tố 5 người về tội lừa đảo chiếm đoạt tài sản, sau khi nhóm này giả danh đại lý để bán vé máy bay giá rẻ.\n\
               Theo cơ quan điều tra, từ đầu năm đến nay nhóm này đã lập hàng chục tài khoản quảng cáo vé máy bay giá thấp hơn thị trường.\n\
               Chủ đề: Lừa đảo qua mạng\n\
               Công an khuyến cáo người dân chỉ mua vé qua trang chính thức của hãng hàng không hoặc đại lý được cấp phép.\n\
               TUYẾN PHAN\nTags: Lừa đảo vé máy bay\nBình luận (0)",
        keep: &["TTO - Công an", "Theo cơ quan điều tra", "Công an khuyến cáo"],
        drop: &["TUYẾN PHAN", "Tags:", "Chủ đề:", "Bình luận"],
        title: Some("Khởi tố nhóm lừa đảo bán vé máy bay giả qua mạng xã hội"),
        published: Some("2025-11-24T10:05"),
        authors: &["TUYẾN PHAN"],
        source: None,
    },
    Case {
        name: "vietnamese_academic_titles_and_photo_credits_open_bylines",
        text: "Ngày xuất bản: 24/11/2025\nPhát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội\n\
               Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, được quy định trong Hiến pháp năm 2013.\n\
               Thời gian qua, hoạt động giám sát của Mặt trận đã có nhiều chuyển biến tích cực, tập trung vào những vấn đề được nhân dân quan tâm.\n\
               Để nâng cao hiệu quả, cần hoàn thiện cơ chế phối hợp giữa Mặt trận với các cơ quan nhà nước và phát huy vai trò của các chuyên gia.\n\
               PGS, TS. NGUYỄN VĂN AN\nHọc viện Chính trị quốc gia Hồ Chí Minh\nIn bài viết\nTrở về đầu trang",
        keep: &["Giám sát và phản biện", "Thời gian qua", "Để nâng cao hiệu quả"],
        drop: &["PGS, TS.", "Học viện Chính trị", "In bài viết", "đầu trang"],
        title: Some("Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội"),
        published: Some("2025-11-24"),
        authors: &["NGUYỄN VĂN AN"],
        source: None,
    },
    Case {
        name: "vietnamese_wire_lead_printed_above_its_headline",
        text: "(PLVN) - Chiều 24/11, Quốc hội biểu quyết thông qua Luật sửa đổi, bổ sung một số điều của Luật Đất đai với đa số đại biểu tán thành.\n\
               Quốc hội thông qua Luật sửa đổi Luật Đất đai\n\
               Theo đó, luật sửa đổi quy định rõ hơn về bảng giá đất, trình tự thu hồi đất và cơ chế bồi thường cho người dân có đất bị thu hồi.\n\
               Luật có hiệu lực thi hành từ ngày 1/7/2026, trừ một số điều khoản có hiệu lực sớm hơn để kịp giải quyết vướng mắc trong thực tiễn.\n\
               (Theo TTXVN)\nTin cùng chuyên mục\nQuốc hội bế mạc kỳ họp thứ 10",
        keep: &["(PLVN) - Chiều 24/11", "Theo đó, luật", "Luật có hiệu lực"],
        drop: &["Quốc hội thông qua Luật sửa đổi Luật Đất đai\n", "Theo TTXVN", "bế mạc"],
        title: Some("Quốc hội thông qua Luật sửa đổi Luật Đất đai"),
        published: None,
        authors: &[],
        source: Some("TTXVN"),
    },
    Case {
        name: "tag_lists_and_google_news_invitations_go_even_inside_the_article",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            para_en_1!(),
            "\n\nTags: harbour, council, coastal defences\n\n",
            para_en_2!(),
            "\n\nFollow the Harbour Times on Google News\n\n",
            para_en_3!()
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Tags:", "Google News"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "vietnamese_kicker_stock_photo_label_and_video_title_go",
        text: "Kinh tế\nGiá xăng giảm lần thứ ba liên tiếp từ chiều nay\nCập nhật lúc 15:05, Thứ Năm, 20/11/2025 (GMT+7)\n\
               Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu, trong đó giá xăng RON95 giảm hơn 300 đồng mỗi lít.\n\
               Ảnh minh họa\n\
               Cụ thể, từ 15h chiều nay, giá xăng E5 RON92 không cao hơn 19.850 đồng mỗi lít, xăng RON95 không cao hơn 20.600 đồng mỗi lít.\n\
               Video: Người dân đổ xăng tại một cửa hàng ở quận 1\n\
               Một cửa hàng xăng dầu ở quận 1. (Ảnh minh họa)\n\
               Trong kỳ điều hành này, liên Bộ tiếp tục không trích lập Quỹ bình ổn giá đối với các mặt hàng xăng dầu.\n\
               Bài và ảnh: Ngọc Hân",
        keep: &["Liên Bộ Công Thương", "Cụ thể, từ 15h", "Trong kỳ điều hành"],
        drop: &["Kinh tế", "Ảnh minh họa", "minh họa)", "Video:", "Bài và ảnh"],
        title: Some("Giá xăng giảm lần thứ ba liên tiếp từ chiều nay"),
        published: Some("2025-11-20T15:05"),
        // Folding gives `ảnh` more characters than the page prints: the
        // name after the colon was cut to `gọc Hân`.
        authors: &["Ngọc Hân"],
        source: None,
    },
    Case {
        name: "vietnamese_agency_credit_related_box_and_reading_notice",
        text: "Bão số 15 đổ bộ vào Khánh Hòa, hàng nghìn ngôi nhà tốc mái\n\
               Sáng 24/11, bão số 15 đổ bộ vào khu vực tỉnh Khánh Hòa với sức gió mạnh cấp 10, giật cấp 12, khiến hàng nghìn ngôi nhà bị tốc mái.\n\
               Theo Ban Chỉ huy phòng chống thiên tai tỉnh, đến 10h sáng nay toàn tỉnh có hơn 3.200 ngôi nhà bị hư hỏng, chủ yếu ở thị xã Ninh Hòa.\n\
               Tin cùng chủ đề\nKhánh Hòa sơ tán hơn 20.000 dân trước bão\n\
               Lực lượng chức năng đã huy động hơn 1.000 cán bộ, chiến sĩ cùng hàng trăm phương tiện hỗ trợ người dân khắc phục hậu quả.\n\
               Lượt xem: 1.234\nCác tin, bài khác\nBão số 14 suy yếu thành áp thấp\n\
               Bạn đang đọc bài viết \"Bão số 15 đổ bộ vào Khánh Hòa\" tại chuyên mục Thời sự. Mọi thông tin chia sẻ, phản hồi xin vui lòng gửi vào hòm thư toasoan@example.vn.\n\
               Hiện chưa có thông tin về thiệt hại về người. Chính quyền địa phương khuyến cáo người dân không ra khỏi nhà khi mưa gió còn lớn.\n\
               Hoàng Long - Minh Đức (TTXVN)",
        keep: &["Sáng 24/11", "Theo Ban Chỉ huy", "Lực lượng chức năng", "Hiện chưa có thông tin"],
        drop: &["TTXVN", "Tin cùng chủ đề", "sơ tán", "Bạn đang đọc", "Lượt xem", "Các tin, bài khác", "suy yếu"],
        title: Some("Bão số 15 đổ bộ vào Khánh Hòa, hàng nghìn ngôi nhà tốc mái"),
        published: None,
        authors: &["Hoàng Long", "Minh Đức"],
        source: Some("TTXVN"),
    },
    Case {
        name: "an_acronym_spelled_out_or_a_photo_credit_is_no_byline",
        text: concat!("Harbour wall to be extended after long debate\n\n", article_en!(), "\n\nArtificial Intelligence (AI)\n\n© Dieter Mayr (KNA)"),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Dieter Mayr"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "vietnamese_listing_that_prints_each_date_last_goes_from_its_first_summary",
        text: "Đội tuyển Việt Nam triệu tập 30 cầu thủ chuẩn bị cho vòng loại\nThứ Hai, 24/11/2025 08:30\n\
               Huấn luyện viên trưởng đội tuyển quốc gia vừa công bố danh sách 30 cầu thủ tập trung đợt cuối năm, chuẩn bị cho hai trận đấu tại vòng loại.\n\
               Đội sẽ hội quân tại Hà Nội vào ngày 1/12 và có hai tuần tập luyện trước khi lên đường sang Malaysia thi đấu trận đầu tiên.\n\
               Thanh Hải\nTin cùng chuyên mục\nCâu lạc bộ Hà Nội thắng đậm trên sân nhà\n\
               Trong trận đấu thuộc vòng 10 V-League tối qua, câu lạc bộ Hà Nội đã có chiến thắng thuyết phục với tỷ số 3-0 trước đội khách, qua đó vươn lên vị trí thứ hai.\n\
               24/11/2025\nTuyển nữ Việt Nam giành vé dự giải châu Á\n\
               Với chiến thắng 2-1 trong trận cuối cùng của vòng bảng, đội tuyển nữ Việt Nam đã chính thức giành quyền tham dự vòng chung kết giải bóng đá nữ châu Á.\n\
               23/11/2025\nU23 Việt Nam hòa đáng tiếc ở phút bù giờ\n\
               Dẫn trước đến phút 90, U23 Việt Nam để đối thủ gỡ hòa ở phút bù giờ cuối cùng, khiến cơ hội đi tiếp của đội phụ thuộc vào lượt trận cuối.\n\
               22/11/2025",
        keep: &["Huấn luyện viên trưởng", "Đội sẽ hội quân"],
        drop: &["Thanh Hải", "Tin cùng chuyên mục", "Trong trận đấu thuộc vòng 10", "Với chiến thắng 2-1", "Dẫn trước đến phút 90"],
        title: Some("Đội tuyển Việt Nam triệu tập 30 cầu thủ chuẩn bị cho vòng loại"),
        published: Some("2025-11-24T08:30"),
        authors: &["Thanh Hải"],
        source: None,
    },
    Case {
        name: "vietnamese_comment_thread_longer_than_a_short_article_goes",
        text: "Đề xuất tăng lương tối thiểu vùng từ tháng 7 năm sau\nThứ Ba, 25/11/2025 07:00\n\
               Hội đồng Tiền lương quốc gia vừa thống nhất đề xuất tăng lương tối thiểu vùng thêm 7,2% từ ngày 1/7 năm sau, áp dụng với người lao động làm việc theo hợp đồng.\n\
               Theo phương án này, mức lương tối thiểu vùng I sẽ tăng từ 4,96 triệu đồng lên khoảng 5,31 triệu đồng mỗi tháng, vùng IV tăng lên khoảng 3,7 triệu đồng.\n\
               Minh Anh\nÝ kiến bạn đọc (3)\nNguyễn Văn Tâm\n\
               Tăng lương là tốt nhưng giá cả thị trường cũng tăng theo, nhiều khi lương tăng không bù được giá điện, giá nước, tiền nhà trọ và học phí của con cái, đời sống công nhân vẫn rất khó khăn.\n\
               Trả lời\nThích\nLê Thị Hoa\n\
               Mong rằng các doanh nghiệp thực hiện nghiêm túc, không tìm cách cắt giảm phụ cấp hay tăng định mức sản phẩm để bù vào phần lương tăng thêm như những lần trước đây đã từng xảy ra ở nhiều nơi.\n\
               Trả lời\nThích\nTrần Quốc Bảo\n\
               Mức tăng 7,2% vẫn còn thấp so với nhu cầu sống tối thiểu của người lao động ở các thành phố lớn như Hà Nội và TP.HCM, nơi chi phí thuê nhà chiếm gần một nửa thu nhập hằng tháng.\n\
               Trả lời\nThích",
        keep: &["Hội đồng Tiền lương", "Theo phương án này"],
        drop: &["Nguyễn Văn Tâm", "Tăng lương là tốt", "Mong rằng", "Mức tăng 7,2%"],
        title: Some("Đề xuất tăng lương tối thiểu vùng từ tháng 7 năm sau"),
        published: Some("2025-11-25T07:00"),
        authors: &["Minh Anh"],
        source: None,
    },
    Case {
        name: "a_breadcrumb_trail_ending_in_the_headline_names_the_title",
        text: concat!("Home >News >Harbour wall to be extended after long debate\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Home >News"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "vietnamese_breadcrumb_trail_ending_in_the_headline",
        text: "Trang chủ » Tin tức » Hội nghị tổng kết công tác khuyến nông năm 2025\n\
               Sáng ngày 19/11, Trạm Khuyến nông huyện tổ chức hội nghị tổng kết công tác khuyến nông năm 2025 và triển khai phương hướng nhiệm vụ năm 2026 với hơn 60 hộ nông dân tiêu biểu.\n\
               Trong năm, Trạm đã tổ chức 24 lớp tập huấn kỹ thuật trồng trọt và chăn nuôi cho hơn 1.200 lượt nông dân, xây dựng 5 mô hình trình diễn lúa chất lượng cao.",
        keep: &["Sáng ngày 19/11", "Trong năm, Trạm"],
        drop: &["Trang chủ"],
        title: Some("Hội nghị tổng kết công tác khuyến nông năm 2025"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_page_with_no_article_is_empty_not_an_error",
        text: "Home\nAbout us\nContact\nLogin\nPrivacy Policy",
        keep: &[],
        drop: &["Home", "Contact"],
        title: None,
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "german_byline_date_and_related_section",
        text: "Startseite\n\nNeue Brücke über den Rhein eröffnet\n\nVon Max Mustermann\n3. März 2021\n\n\
               Die neue Brücke wurde am Montag nach drei Jahren Bauzeit für den Verkehr freigegeben, wie die Stadt mitteilte.\n\n\
               Viele Pendler hatten sich über die lange Bauzeit beschwert, doch nun soll der Verkehr in der Innenstadt deutlich entlastet werden.\n\n\
               Mehr zum Thema\nStau auf der A5\nNeue Buslinie\n\nAlle Rechte vorbehalten",
        keep: &["Die neue Brücke wurde am Montag", "Viele Pendler hatten sich"],
        drop: &["Startseite", "Mehr zum Thema", "Stau auf der A5", "Alle Rechte vorbehalten", "Von Max"],
        title: Some("Neue Brücke über den Rhein eröffnet"),
        published: Some("2021-03-03"),
        authors: &["Max Mustermann"],
        source: None,
    },
    Case {
        name: "a_lead_printed_twice_with_a_source_prefix_stays_once",
        text: "(Baothanhhoa.vn) - Xác định việc đổi mới phương thức lãnh đạo là khâu đột phá, huyện đã tập trung chỉ đạo các cấp ủy tổ chức thực hiện nghiêm túc.\n\n\
               Tin liên quan\n\nXác định việc đổi mới phương thức lãnh đạo là khâu đột phá, huyện đã tập trung chỉ đạo các cấp ủy tổ chức thực hiện nghiêm túc.\n\n\
               Sau khi sáp nhập, đảng bộ thị trấn có mười chín chi bộ với hơn sáu trăm đảng viên đang sinh hoạt và tham gia các phong trào ở địa phương.",
        keep: &["Xác định việc đổi mới", "Sau khi sáp nhập"],
        drop: &["(Baothanhhoa.vn)", "Tin liên quan"],
        title: None,
        published: None,
        authors: &[],
        source: Some("Baothanhhoa.vn"),
    },
    Case {
        name: "a_page_without_prose_keeps_its_content_lines",
        text: "Startseite\nKontakt\n\n\
               1957–1959 Erster Bauabschnitt: 21 zwei- bis dreigeschossige Wohngebäude mit 710 Wohneinheiten, Gemeinschaftshaus\n\
               1962–1964 Zweiter Bauabschnitt: Wohnhäuser 12 und 13, Direktorenwohnhaus, Bibliothek am Hang\n\
               1976–1978 Dritter Bauabschnitt: vier fünfgeschossige Wohnhäuser mit 352 Wohneinheiten\n\n\
               Impressum",
        keep: &["1957–1959 Erster Bauabschnitt", "1962–1964 Zweiter Bauabschnitt", "1976–1978 Dritter Bauabschnitt"],
        drop: &["Startseite", "Kontakt", "Impressum"],
        title: None,
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_comment_count_heading_ends_the_article",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\n\
               12 thoughts on \u{201c}Harbour wall to be extended after long debate\u{201d}\n\n\
               1. I have lived by the harbour for thirty years and I think this is the best decision the council has made in a long time.\n\n\
               2. The engineers said the same thing about the ferry terminal, and that project ran two years late and far over its budget."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["12 thoughts on", "I have lived by the harbour", "ran two years late"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "ingredients_above_the_steps_are_article",
        text: "Home\nRecipes\n\nCherry sponge cake\n\n• 250 g butter\n• 250 g sugar\n• 5 eggs\n• 350 g flour\n\n\
               Beat the soft butter with the sugar until it is pale and creamy, then stir in the eggs one after the other and keep beating for a while.\n\n\
               Fold in the flour, spread the batter in the tin and bake it in the hot oven for forty to forty-five minutes, until a skewer comes out clean.\n\n\
               Related recipes\n• Lemon drizzle cake\n• Apple pie",
        keep: &["250 g butter", "350 g flour", "Beat the soft butter", "Fold in the flour"],
        drop: &["Home", "Related recipes", "Lemon drizzle", "Apple pie"],
        title: Some("Cherry sponge cake"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "an_affiliate_disclosure_is_not_article",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            "This post contains affiliate links. If you buy through them, we may earn a small commission at no extra cost to you.\n\n",
            para_en_1!(),
            "\n\n",
            para_en_2!()
        ),
        keep: &[PARA_EN_1, PARA_EN_2],
        drop: &["affiliate links"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_long_lead_above_the_article_is_not_the_title",
        text: concat!(
            "Harbour wall extended\n\n",
            "After more than ten years of debate the council has approved the plan, and the fishermen and the residents of the old town are divided over what it will mean for them\n\n",
            article_en!()
        ),
        keep: &["After more than ten years of debate", PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: Some("Harbour wall extended"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "german_article_feedback_and_comment_form_end_the_article",
        text: "Neue Brücke über den Rhein eröffnet\n\n\
               Die neue Brücke wurde am Montag nach drei Jahren Bauzeit für den Verkehr freigegeben, wie die Stadt mitteilte.\n\n\
               Viele Pendler hatten sich über die lange Bauzeit beschwert, doch nun soll der Verkehr in der Innenstadt deutlich entlastet werden.\n\n\
               War der Artikel nützlich?\n\nJa\n\nNein\n\n\
               Hinterlassen Sie einen Kommentar\n\n\
               Ihre E-Mail-Adresse wird nicht veröffentlicht, und Ihr Kommentar erscheint erst nach einer Prüfung durch die Redaktion der Zeitung.\n\n\
               Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden.",
        keep: &["Die neue Brücke wurde am Montag", "Viele Pendler hatten sich"],
        drop: &["War der Artikel", "Hinterlassen Sie", "Ihre E-Mail-Adresse", "Akismet"],
        title: Some("Neue Brücke über den Rhein eröffnet"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "an_inline_read_more_link_inside_the_article_is_dropped",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            para_en_1!(),
            "\n\nRead more: Ferry company moves the morning crossing half an hour earlier from next week\n\n",
            para_en_2!(),
            "\n\n",
            para_en_3!()
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Ferry company moves"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_cookie_notice_is_not_the_article",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use. To find out more, see our cookie policy.\n\n",
            article_en!()
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["This site uses cookies"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_sign_up_forms_consent_to_its_terms_is_not_the_article",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\nGet the harbour newsletter every Friday morning, with the week's stories from the waterfront.\n\n\
               By submitting your email you agree to our Privacy Policy and Terms of Use.\n\n\
               US phone number only. Message and data rates may apply."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["you agree to our Privacy Policy", "data rates may apply"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_caption_naming_a_person_beside_a_long_description_is_no_byline",
        text: concat!(
            "Harbour wall to be extended after long debate\n\nPublished: 28 Apr, 2020\n",
            "Tom Lane and the new stone wall of the harbour at dawn. Jim Poe/AFP\n\n",
            article_en!()
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: Some("Harbour wall to be extended after long debate"),
        published: Some("2020-04-28"),
        authors: &[],
        source: None,
    },
    Case {
        name: "php_warnings_printed_above_the_article_are_dropped",
        text: concat!(
            "Deprecated: Assigning the return value of new by reference is deprecated in /www/htdocs/wp-settings.php on line 520\n",
            "Warning: Cannot modify header information - headers already sent by (output started at /www/htdocs/index.php:1) in /www/htdocs/wp-includes/pluggable.php on line 865\n\n",
            "Harbour wall to be extended after long debate\n\n",
            article_en!()
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["on line 520", "on line 865"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_byline_label_whose_name_was_lost_is_dropped",
        text: concat!("Harbour wall to be extended after long debate\n\nWritten by:\n\n", article_en!(), "\n\nAuthor"),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Written by", "Author"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "date_labels_whose_dates_were_lost_are_dropped",
        text: concat!("Harbour wall to be extended after long debate\n\nPublished: | Updated:\n\nUpdated on\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Published: | Updated:", "Updated on"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "an_appeal_for_support_after_the_article_is_dropped",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\nWe rely on your support to make local news available to all. Give what you can today and help us keep reporting.\n\n\
               Already a subscriber? Log in to read every story."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["We rely on your support", "Already a subscriber"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "excerpts_cut_off_with_an_ellipsis_are_teasers",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\n\
               Ferry timetable changes\n\nThe ferry company announced on Friday that the morning crossing will leave half an hour earlier from...\n\n\
               New school opens\n\nPupils and teachers moved into the new building on the hill this week after three years of building work and\u{2026}"
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["The ferry company announced", "Pupils and teachers moved"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_digest_of_excerpts_keeps_its_excerpts",
        text: "Books of the week\n\n\
               The ferry company announced on Friday that the morning crossing will leave half an hour earlier from the harbour...\n\n\
               Pupils and teachers moved into the new building on the hill this week after three years of building work and...\n\n\
               The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated...",
        keep: &["The ferry company announced", "Pupils and teachers moved", "The council voted"],
        drop: &[],
        title: Some("Books of the week"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_masthead_above_the_title_is_not_the_byline_after_the_article",
        text: "Tuổi Trẻ Online\nGiá xăng dầu giảm lần thứ ba liên tiếp\n22/11/2026 15:02 GMT+7\n\n\
               TTO - Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu, theo đó giá xăng RON 95 giảm 410 đồng mỗi lít, xuống còn 20.150 đồng.\n\n\
               Đây là lần giảm thứ ba liên tiếp của giá xăng trong tháng 11, sau khi giá dầu thế giới đi xuống do lo ngại nhu cầu suy yếu tại các nền kinh tế lớn.\n\n\
               Các doanh nghiệp đầu mối cho biết nguồn cung trong nước vẫn được bảo đảm, nhà máy lọc dầu Nghi Sơn và Bình Sơn hoạt động ổn định.\n\n\
               MINH ANH\nTheo TTXVN\n\nTin cùng chuyên mục\nGiá vàng tăng mạnh",
        keep: &["TTO - Liên Bộ Công Thương", "Đây là lần giảm thứ ba", "Các doanh nghiệp đầu mối"],
        drop: &["Tuổi Trẻ Online", "MINH ANH", "Theo TTXVN", "Giá vàng tăng mạnh"],
        title: Some("Giá xăng dầu giảm lần thứ ba liên tiếp"),
        published: Some("2026-11-22T15:02"),
        authors: &["MINH ANH"],
        source: Some("TTXVN"),
    },
    Case {
        name: "a_byline_credited_to_an_agency_gives_author_and_source",
        text: "Thủ tướng yêu cầu đẩy nhanh giải ngân vốn đầu tư công\n\n\
               Phát biểu tại hội nghị trực tuyến với các địa phương sáng 21/11, Thủ tướng nhấn mạnh giải ngân vốn đầu tư công là động lực quan trọng của tăng trưởng.\n\n\
               Theo kế hoạch, cả nước phấn đấu giải ngân trên 95% kế hoạch vốn năm nay.\n\n\
               Hoài Thu (Theo Reuters)",
        keep: &["Phát biểu tại hội nghị", "Theo kế hoạch, cả nước phấn đấu"],
        drop: &["Hoài Thu"],
        title: Some("Thủ tướng yêu cầu đẩy nhanh giải ngân vốn đầu tư công"),
        published: None,
        authors: &["Hoài Thu"],
        source: Some("Reuters"),
    },
    Case {
        name: "links_players_and_video_boxes_inside_a_vietnamese_article_are_dropped",
        text: "Giá vàng trong nước lập đỉnh mới\nThứ Sáu, 20/11/2026 - 09:12\nNghe bài viết\n00:00\nTạm dừng\n\
               Giá vàng miếng SJC sáng nay tăng thêm 500.000 đồng mỗi lượng, lên mức cao kỷ lục 95,5 triệu đồng ở chiều bán ra.\n\
               ĐỌC THÊM: Giá vàng thế giới tăng vọt sau quyết định của Fed\n\
               Các chuyên gia cho rằng đà tăng của giá vàng trong nước chủ yếu đến từ giá vàng thế giới, khi đồng USD suy yếu.\n\
               Xem thêm: Người dân xếp hàng mua vàng từ sáng sớm tại các cửa hàng ở Hà Nội\n\
               Video đang HOT\nMời quý độc giả xem video:\n\
               Ông Nguyễn Văn B, chuyên gia kinh tế, khuyến cáo người dân không nên chạy theo tâm lý đám đông khi mua vàng.\n\
               Từ khóa: giá vàng, vàng SJC, giá vàng hôm nay",
        keep: &["Giá vàng miếng SJC", "Các chuyên gia cho rằng", "Ông Nguyễn Văn B"],
        drop: &["Nghe bài viết", "00:00", "Tạm dừng", "Fed", "xếp hàng", "Video đang HOT", "Mời quý độc giả", "Từ khóa"],
        title: Some("Giá vàng trong nước lập đỉnh mới"),
        published: Some("2026-11-20T09:12"),
        authors: &[],
        source: None,
    },
    Case {
        name: "a_byline_with_its_date_and_section_gives_author_and_date",
        text: concat!("Harbour wall to be extended after long debate\n\nLocal news\n\nBy Jane Doe on March 3, 2021 | Local | 4 min read\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["By Jane Doe", "4 min read"],
        title: Some("Harbour wall to be extended after long debate"),
        published: Some("2021-03-03"),
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "by_alone_on_a_line_takes_the_names_on_the_next",
        text: concat!("Harbour wall to be extended after long debate\n\nBy\nJane Doe\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Jane Doe"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "an_author_box_after_the_article_names_the_author",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\n\
               Related articles\nCouncil approves budget\nNew ferry route opens\n\n\
               Jane Doe\nJane Doe is a reporter who has covered the harbour and the town council for the Harbour Times since 2015."
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Council approves budget", "is a reporter"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "a_language_without_patterns_still_loses_its_menu",
        text: "Beranda\nBerita\nOlahraga\nKontak\n\n\
               Pemerintah kota mengumumkan bahwa pembangunan jembatan baru akan dimulai pada bulan depan dan selesai dalam dua tahun.\n\n\
               Warga yang tinggal di dekat sungai menyambut baik rencana tersebut karena mereka sudah lama menunggu akses yang lebih mudah.\n\n\
               Para insinyur mengatakan bahwa proyek ini akan menggunakan bahan yang ramah lingkungan dan tahan terhadap banjir besar.",
        keep: &["Pemerintah kota mengumumkan", "Warga yang tinggal", "Para insinyur mengatakan"],
        drop: &["Beranda", "Olahraga", "Kontak"],
        title: None,
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "an_author_box_whose_bio_opens_with_the_first_name_names_the_author",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\nMaria Keller\n\nMaria is a reporter who has covered the harbour, the ferries and the town council for ten years.\n"
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Maria is a reporter"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Maria Keller"],
        source: None,
    },
    Case {
        name: "a_consent_banner_opening_with_a_common_word_is_no_author_box",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            article_en!(),
            "\n\nWe Care About Privacy\n\nWe and our partners store and access information on your device for the purposes described below.\n"
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_date_alone_under_the_headline_is_read_below_a_promotion",
        text: concat!(
            "Are you happy with your energy supplier? Learn more about our switching service and how it can lower your monthly bills today.\n\n",
            "Share this story\n\nPrint article\n\nListen to this article\n\n",
            "Harbour wall to be extended after long debate\n\n",
            "December 18, 2025\n\n",
            article_en!()
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["December 18, 2025"],
        title: Some("Harbour wall to be extended after long debate"),
        published: Some("2025-12-18"),
        authors: &[],
        source: None,
    },
    Case {
        name: "a_byline_split_by_dot_operators_gives_the_name_and_the_update_date",
        text: concat!("Harbour wall to be extended after long debate\n\nBy Jane Doe ⋅ Staff Writer ⋅ Updated May 6, 2025\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Staff Writer"],
        title: Some("Harbour wall to be extended after long debate"),
        published: Some("2025-05-06"),
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "a_byline_label_alone_under_a_standfirst_names_the_author_on_the_next_line",
        text: concat!(
            "Harbour wall to be extended after long debate\n\n",
            "The council's vote ends a dispute that has divided the town for more than a decade, and work could start next spring.\n\n",
            "Share this story\n\nPrint article\n\nListen to this article\n\nWritten by\n\nJane Doe\n\n",
            article_en!()
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Written by", "Jane Doe"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "a_byline_lists_the_author_without_her_job_title_or_outlet",
        text: concat!("Harbour wall to be extended after long debate\n\nBy Jane Doe, Managing Editor\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Managing Editor"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "a_lowercase_keyword_printed_twice_is_not_the_headline",
        text: concat!("Harbour wall to be extended after long debate\n\nharbour wall extension\n\n", article_en!(), "\n\nharbour wall extension\n"),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_heading_capitalized_like_a_name_is_not_the_author",
        text: concat!("Harbour wall to be extended after long debate\n\nCoastal Engineering\n\nJane Doe\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Jane Doe"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "a_line_naming_an_editorial_team_is_the_author",
        text: concat!("Harbour wall to be extended after long debate\n\nRiverside Staff\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Riverside Staff"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Riverside Staff"],
        source: None,
    },
    Case {
        name: "a_name_printed_twice_in_a_row_is_one_author",
        text: concat!("Harbour wall to be extended after long debate\n\nJane Doe Jane Doe\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Jane Doe"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "an_author_photos_alt_text_beside_the_name_is_not_part_of_it",
        text: concat!("Harbour wall to be extended after long debate\n\nJane Doe Avatar\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Jane Doe Avatar"],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "a_date_label_after_the_byline_is_not_part_of_the_name",
        text: concat!("Harbour wall to be extended after long debate\n\nBy Jane Doe Updated\n\nMarch 30, 2025\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["By Jane Doe Updated"],
        title: Some("Harbour wall to be extended after long debate"),
        published: Some("2025-03-30"),
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "a_commenters_avatar_is_not_the_author",
        text: concat!("Harbour wall to be extended after long debate\n\nJane Doe's avatar\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_lowercase_image_caption_is_not_the_headline",
        text: concat!("Harbour wall to be extended\n\nworkers laying stones along the harbour wall at dusk\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Harbour wall to be extended"],
        title: Some("Harbour wall to be extended"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_date_above_a_long_table_of_contents_is_the_date",
        text: concat!(
            "Harbour wall to be extended after long debate\nPublished on\nOct 31, 2025\nTable of contents\n1. The vote\n2. The wall\n3. The season\n",
            "4. The cost\n5. The timeline\n6. The contractors\n7. The residents\n8. The fishermen\n9. The harbour master\n10. The next steps\n",
            "11. The budget\n12. The sources\n\n",
            article_en!()
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Oct 31, 2025", "Table of contents"],
        title: Some("Harbour wall to be extended after long debate"),
        published: Some("2025-10-31"),
        authors: &[],
        source: None,
    },
    Case {
        name: "a_site_banner_above_the_headline_is_not_the_headline",
        text: concat!("An official website of the United States government\n\nHarbour wall to be extended\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["An official website of the United States government"],
        title: Some("Harbour wall to be extended"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_dated_listing_under_a_section_marker_ends_a_short_article",
        text: concat!(
            "Harbour wall to be extended\n\nMarch 30, 2025\n\n",
            article_en!(),
            "\n\nWork on the new section is due to begin in the autumn, once the fishing fleet has moved to its winter moorings.\n\n",
            "Latest News\n\nCounty board reviews spending plan\n\nMarch 29, 2025\n\n",
            "The county board met again this week to review the spending plan for the coming year, and members argued at length about road repairs and the cost of insurance for the public pool.\n\n",
            "Road repairs delayed until summer\n\nMarch 27, 2025\n\n",
            "Crews had hoped to start work on the bridge road in April, but the contractor asked for more time after the wet winter left the ground too soft for the heavy machines.\n\n",
            "Library hours to change in May\n\nMarch 24, 2025\n\n",
            "From the first of May the library will open an hour later on weekdays and close an hour earlier on Saturdays, while the children's room keeps its usual hours.\n"
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3, "Work on the new section"],
        drop: &["The county board met again", "Road repairs delayed", "Crews had hoped", "From the first of May"],
        title: Some("Harbour wall to be extended"),
        published: Some("2025-03-30"),
        authors: &[],
        source: None,
    },
    Case {
        name: "an_ordered_list_entry_above_the_article_is_not_the_headline",
        text: concat!("1. Why the harbour wall is being extended now\n\nHarbour wall to be extended\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: Some("Harbour wall to be extended"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_phone_number_printed_twice_is_not_the_headline",
        text: concat!("(844) 950-2963\n\nHarbour wall to be extended\n\n", article_en!(), "\n\n(844) 950-2963\n"),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: Some("Harbour wall to be extended"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_byline_after_the_date_names_the_author_without_the_category",
        text: concat!("Harbour wall to be extended after long debate\n\nPublished August 7, 2023 by Jane Doe in Local News\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Published August 7"],
        title: Some("Harbour wall to be extended after long debate"),
        published: Some("2023-08-07"),
        authors: &["Jane Doe"],
        source: None,
    },
    Case {
        name: "a_credit_with_by_and_no_date_before_it_is_not_the_byline",
        text: concat!("Harbour wall to be extended after long debate\n\nAerial photo by Jane Doe\n\n", article_en!()),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &[],
        title: Some("Harbour wall to be extended after long debate"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_chinese_page_reads_its_title_date_and_reporter",
        text: "首页\n新闻\n登录\n搜索\n上海发布新政策支持新能源汽车产业发展\n2024年3月12日 14:35\n记者 张伟\n\
               上海市政府12日发布了一系列新政策，旨在支持新能源汽车产业的发展。根据新政策，购买新能源汽车的市民可以获得最高一万元的补贴。\n\
               此外，政府还将在全市范围内新建五千个充电桩，以解决充电难的问题。相关负责人表示，这些措施将有助于减少城市污染。\n\
               分享到：\n微信\n相关新闻\n北京公布新的交通管理措施\n广州地铁新线路即将开通\n网友评论\n版权所有 © 2024 某某新闻网 京ICP备12345678号\n",
        keep: &["上海市政府12日发布了一系列新政策", "此外，政府还将在全市范围内新建五千个充电桩"],
        drop: &["首页", "分享到", "北京公布新的交通管理措施", "网友评论", "ICP备", "记者"],
        title: Some("上海发布新政策支持新能源汽车产业发展"),
        published: Some("2024-03-12T14:35"),
        authors: &["张伟"],
        source: None,
    },
    Case {
        name: "a_source_and_a_reporter_glued_to_a_fullwidth_colon_are_read",
        text: "上海发布新政策支持新能源汽车产业发展\n来源：新华社\n记者：张伟\n\
               上海市政府12日发布了一系列新政策，旨在支持新能源汽车产业的发展。根据新政策，购买新能源汽车的市民可以获得最高一万元的补贴。\n\
               此外，政府还将在全市范围内新建五千个充电桩，以解决充电难的问题。相关负责人表示，这些措施将有助于减少城市污染。\n",
        keep: &["上海市政府12日发布了一系列新政策", "此外，政府还将在全市范围内新建五千个充电桩"],
        drop: &["来源", "记者"],
        title: Some("上海发布新政策支持新能源汽车产业发展"),
        published: None,
        authors: &["张伟"],
        source: Some("新华社"),
    },
    Case {
        name: "a_recipes_ingredients_printed_without_bullets_join_its_steps",
        text: "Home\nRecipes\nAbout\n\nAlmond biscuits\n\n\
               300 g flour\n1 tsp baking powder\n100 g ground almonds\n200 g butter\n1/2 tsp cinnamon\n1 egg\n\n\
               Method\n\n\
               Put all the ingredients into a bowl and knead them with the dough hooks of a mixer into a smooth dough.\n\n\
               Roll the dough out on a floured work surface and cut out any shapes you like, then lay them on a baking tray.\n\n\
               Bake them in the middle of the oven for fifteen minutes, until they are golden brown, and let them cool on a rack.\n\n\
               Leave a comment\nYour email address will not be published.\n",
        keep: &[
            "300 g flour",
            "1 tsp baking powder",
            "100 g ground almonds",
            "1/2 tsp cinnamon",
            "1 egg",
            "Put all the ingredients",
            "Bake them in the middle",
        ],
        drop: &["Recipes", "Leave a comment", "Your email address"],
        title: Some("Almond biscuits"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "a_news_grid_with_two_long_teasers_under_each_date_ends_the_article",
        text: concat!(
            "Harbour wall to be extended\n\n",
            article_en!(),
            harbour_works_en!(),
            "Dec 19, 2025\n\nFerry timetable changes for the winter\n\n\
             The ferry company has announced a reduced timetable for the winter months, with fewer crossings on weekdays and an extra late boat on Saturdays, \
             which it says reflects the lower demand it has seen in previous years and the cost of keeping the older vessels in service.\n\n\
             New café opens on the promenade\n\n\
             A new café has opened on the promenade in the building that used to house the harbour office, serving breakfast and lunch every day \
             and staying open late on Fridays during the summer season, when the promenade is at its busiest with visitors.\n\n\
             Dec 18, 2025\n\nLifeboat crew rescues two sailors\n\n\
             The lifeboat crew was called out twice on Thursday night to help two sailors whose small yacht had lost its engine in rough weather off the point, \
             and both were brought back to the harbour safely before midnight, according to a statement from the station.\n\n\
             Dec 17, 2025\n\nSchool choir wins regional prize\n\n\
             The school choir has won the regional prize for the second year running with a programme of sea shanties and folk songs, \
             and will now represent the county at the national competition that is to be held in the capital in the spring.\n"
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Ferry timetable", "The ferry company", "A new café", "The lifeboat crew", "The school choir"],
        title: Some("Harbour wall to be extended"),
        published: None,
        authors: &[],
        source: None,
    },
    Case {
        name: "an_authors_bio_whose_name_ends_in_a_suffix_ends_the_article",
        text: concat!(
            "Harbour wall to be extended\n\n",
            article_en!(),
            "\n\nPerry Bacon Jr. is a senior writer for the Harbour Times and covers the council.\n\nComments\n"
        ),
        keep: &[PARA_EN_1, PARA_EN_2, PARA_EN_3],
        drop: &["Perry Bacon Jr. is a senior writer"],
        title: Some("Harbour wall to be extended"),
        published: None,
        authors: &["Perry Bacon Jr."],
        source: None,
    },
    Case {
        name: "a_chronology_of_one_paragraph_per_date_stays_in_the_article",
        text: concat!(
            "Harbour wall to be extended\n\n",
            article_en!(),
            harbour_works_en!(),
            "March 3, 2019\n\n\
             The storm that night broke through the old wall in two places and flooded the fish market, the lifeboat station and the cellars of every house \
             along the quay, and the water stood knee deep in the streets behind the harbour until the tide turned a little after four in the morning, \
             when the fire brigade could finally start to pump it out, and the damage was later put at more than two million pounds by the insurers of the market.\n\n\
             April 5, 2020\n\n\
             A second storm found the repairs of the previous year unfinished and flooded the quay again, this time for two days, and the council \
             asked the engineers for the first time to study a new and longer wall instead of another round of repairs to the old one, which had by then cost the town more than the new wall was expected to cost over twenty years, not counting the cost of cleaning up after each flood.\n\n\
             May 7, 2021\n\n\
             The engineers presented three designs for a longer wall at a crowded meeting in the town hall, and residents chose the one that \
             keeps the view of the lighthouse from the promenade, even though it is the most expensive of the three, and the council approved that design at its next meeting after a short debate about the cost and the timetable of the works.\n"
        ),
        keep: &[PARA_EN_1, PARA_EN_3, "The storm that night broke", "A second storm found", "The engineers presented three designs"],
        drop: &[],
        title: Some("Harbour wall to be extended"),
        published: Some("2019-03-03"),
        authors: &[],
        source: None,
    },
    Case {
        name: "a_japanese_page_is_not_read_as_english_by_its_copyright_line",
        text: "ホーム\nニュース\nログイン\n東京で桜が開花、平年より5日早く\n2024年3月18日 14時35分\n\
               気象庁は18日、東京都心で桜が開花したと発表しました。平年より5日早く、去年より4日遅い開花となりました。\n\
               靖国神社にある標本木で、5つ以上の花が咲いているのを気象庁の職員が確認しました。\n\
               気象庁によりますと、満開になるのは1週間から10日後の見込みだということです。\n\
               シェア\n関連ニュース\n大阪でも桜のつぼみ膨らむ\nCopyright © 2024 ニュース株式会社 All rights reserved.\n",
        keep: &["気象庁は18日", "靖国神社にある標本木で", "満開になるのは"],
        drop: &["ホーム", "シェア", "大阪でも桜のつぼみ膨らむ", "Copyright"],
        title: Some("東京で桜が開花、平年より5日早く"),
        published: Some("2024-03-18T14:35"),
        authors: &[],
        source: None,
    },
    Case {
        name: "a_russian_page_reads_its_date_and_author_and_drops_its_chrome",
        text: "Главная\nНовости\nПоиск\nВ Москве открылся новый парк на месте бывшей промзоны\n12 марта 2024, 14:35\nАвтор: Иван Петров\n\
               В среду в Москве открылся новый парк площадью 20 гектаров, который разбили на месте бывшей промышленной зоны в районе Южного порта.\n\
               По словам представителей мэрии, в парке высадили более пяти тысяч деревьев и кустарников, а также оборудовали велосипедные дорожки.\n\
               Жители района давно просили благоустроить эту территорию, и теперь здесь можно гулять с детьми.\n\
               Поделиться\nЧитайте также\nМэрия объявила о ремонте дорог в центре города\nКомментарии (12)\n\
               Использование материалов разрешено только с согласия редакции.\n",
        keep: &["В среду в Москве открылся новый парк", "По словам представителей мэрии", "Жители района давно просили"],
        drop: &["Поделиться", "Мэрия объявила", "Комментарии", "Использование материалов", "Автор"],
        title: Some("В Москве открылся новый парк на месте бывшей промзоны"),
        published: Some("2024-03-12T14:35"),
        authors: &["Иван Петров"],
        source: None,
    },
];

/// Every `keep` text stands in the record's text and no `drop` text does.
fn assert_keeps_and_drops(case: &str, r: &boilerstrip::Record, keep: &[&str], drop: &[&str]) {
    for k in keep {
        assert!(r.text.contains(k), "{case}: lost {k:?}\ntext: {}", r.text);
    }
    for d in drop {
        assert!(!r.text.contains(d), "{case}: leaked {d:?}\ntext: {}", r.text);
    }
}

#[test]
fn regression_cases() {
    for c in CASES {
        let r = clean(c.text, None);
        assert_keeps_and_drops(c.name, &r, c.keep, c.drop);
        assert_eq!(r.empty, c.keep.is_empty(), "{}: empty flag", c.name);
        assert_eq!(r.title.as_deref(), c.title, "{}: title", c.name);
        assert_eq!(r.published.as_deref(), c.published, "{}: published", c.name);
        assert_eq!(r.authors, c.authors, "{}: authors", c.name);
        assert_eq!(r.source.as_deref(), c.source, "{}: source", c.name);
        let removed = r.removed.as_ref().unwrap();
        assert!(removed.iter().all(|x| !x.set.is_empty() && !x.reason.is_empty()), "{}: explain names set and reason", c.name);
    }
}

#[test]
fn date_label_lines_table() {
    // (line above the article, whether it goes as a byline: a label whose date was lost)
    let cases = [
        ("Updated on", true),
        ("Published in", true),
        ("Published:", true),
        ("PUBLISHED: | UPDATED:", true),
        // A bare label may head a paragraph; weekdays are date labels too.
        ("Updated", false),
        ("Saturday and Sunday", false),
        ("Updated on 3 March 2024", false),
    ];
    let pt = "A câmara aprovou na segunda-feira o prolongamento do paredão do porto, um projeto que foi discutido durante mais de uma década.\n\n\
              Os moradores que vivem perto da água disseram que estavam aliviados, embora alguns temam que as obras perturbem a época da pesca.\n\n\
              As obras devem começar na primavera e durar cerca de dezoito meses, segundo os engenheiros que apresentaram o plano na câmara.";
    let pt_cases = [
        // The stopword after the label is accented: it is looked up as written, not folded.
        ("Atualizado às", true),
        ("Publicado em", true),
        ("Atualizado", false),
    ];
    // `am` (an dem) is a German stopword.
    let de_cases = [("Veröffentlicht am", true), ("Erschienen am:", true), ("Veröffentlicht am von", true)];
    let en = cases.iter().map(|&(line, dropped)| (line, dropped, article_en!()));
    let others = pt_cases.iter().map(|&(line, dropped)| (line, dropped, pt)).chain(de_cases.iter().map(|&(line, dropped)| (line, dropped, article_de!())));
    for (line, dropped, article) in en.chain(others) {
        let text = format!("Harbour wall to be extended after long debate\n\n{line}\n\n{article}");
        let r = clean(&text, None);
        let removed = r.removed.as_ref().unwrap().iter().find(|x| x.text == line);
        assert_eq!(removed.is_some_and(|x| x.reason == "byline"), dropped, "{line}: {removed:?}");
    }
}

#[test]
fn a_date_label_above_the_headline_is_no_title() {
    // A blog theme prints its date labels outside the post, their date
    // filled in by a script: `Veröffentlicht am von` is no headline.
    let text = format!("Nebelsuppe.\n\nVeröffentlicht am von\n\nStandard\n\n{}", article_de!());
    let r = clean(&text, None);
    assert_ne!(r.title.as_deref(), Some("Veröffentlicht am von"));
    let removed = r.removed.unwrap().into_iter().find(|x| x.text == "Veröffentlicht am von").expect("removed");
    assert_eq!(removed.reason, "byline");
}

#[test]
fn rows_of_button_labels_go_wherever_they_stand() {
    // Each label is a whole-line `drop` pattern; printed in one line, they
    // are a row of buttons, also between two paragraphs.
    for row in ["Share Tweet", "Login Register", "Share | Print"] {
        let text = format!("Harbour wall to be extended after long debate\n\n{}\n\n{row}\n\n{}\n\n{}", para_en_1!(), para_en_2!(), para_en_3!());
        let r = clean(&text, None);
        assert_keeps_and_drops(row, &r, &[PARA_EN_1, PARA_EN_2, PARA_EN_3], &[row]);
        let removed = r.removed.unwrap().into_iter().find(|x| x.text == row).expect("removed");
        assert!(removed.reason.starts_with("labels: "), "{row}: {}", removed.reason);
    }
}

#[test]
fn quoted_headlines_are_no_list_items() {
    // `»` and `-` open list items only with a space after them: `»Zitat«`
    // is a German headline in quotation marks, `-5` a number.
    let article = article_de!();
    let cases = [
        ("»Einfach kein Geld mehr, um die Miete zu zahlen«", Some("»Einfach kein Geld mehr, um die Miete zu zahlen«")),
        ("» Startseite", None),
        ("-5 Grad in der Nacht zum Montag", Some("-5 Grad in der Nacht zum Montag")),
        ("- Startseite", None),
    ];
    for (headline, want) in cases {
        let text = format!("{headline}\n\n{article}");
        let r = clean(&text, None);
        assert_eq!(r.title.as_deref(), want, "{headline}");
    }
}

#[test]
fn the_url_slug_names_the_headline_over_a_longer_line_above_it() {
    let text = concat!("Stories from the coast you may have missed this week\n\n", "Harbour wall to be extended\n\n", "Local news\n\n", article_en!());
    let cases: &[(Option<&str>, &str)] = &[
        // Without a URL, the longer line wins, as it does without a slug.
        (None, "Stories from the coast you may have missed this week"),
        (Some("https://example.com/2024/05/harbour-wall-extended.html"), "Harbour wall to be extended"),
        // A slug that names no line leaves the choice alone.
        (Some("https://example.com/news/council-budget-vote"), "Stories from the coast you may have missed this week"),
        (Some("https://example.com/news/12345"), "Stories from the coast you may have missed this week"),
    ];
    for (url, want) in cases {
        let r = clean(text, *url);
        assert_eq!(r.title.as_deref(), Some(*want), "{url:?}");
        assert!(!r.text.contains(want), "{url:?}: the title line stays out of the text");
    }
    // Above the headline the URL names, the page's header goes.
    let r = clean(text, cases[1].0);
    let above = r.removed.unwrap().into_iter().find(|x| x.text.starts_with("Stories from the coast")).expect("removed");
    assert_eq!(above.reason, "above_title");
}

#[test]
fn the_url_date_is_the_date_when_the_page_prints_none() {
    let url = Some("https://blog.example.com/2019/10/21/harbour-wall-extended/");
    let undated = concat!("Harbour wall to be extended\n\n", article_en!());
    assert_eq!(clean(undated, url).published.as_deref(), Some("2019-10-21"));
    assert_eq!(clean(undated, None).published, None);
    // The date the page prints wins over the URL's.
    let dated = concat!("Harbour wall to be extended\n\nOctober 22, 2019\n\n", article_en!());
    assert_eq!(clean(dated, url).published.as_deref(), Some("2019-10-22"));
}

#[test]
fn explain_names_the_pattern_file_and_line() {
    let r = clean(&format!("{PARA_EN_1}\n\n{PARA_EN_2}\n\nShare\n\n{PARA_EN_3}"), None);
    let share = r.removed.unwrap().into_iter().find(|x| x.text == "Share").expect("Share removed");
    assert_eq!(share.set, "en/drop");
    assert!(share.reason.contains("en.pat:"), "{}", share.reason);
}

#[test]
fn site_patterns_apply_to_their_domain_only() {
    let dir = tempfile::tempdir().unwrap();
    let patterns = dir.path();
    std::fs::create_dir_all(patterns.join("sites")).unwrap();
    std::fs::write(patterns.join("sites/example.com.pat"), "[drop]\nHarbour Times weekly digest\n").unwrap();
    let p = PipelineBuilder::new().patterns_dir(patterns).build().unwrap();
    let text = format!("{PARA_EN_1}\n\nHarbour Times weekly digest\n\n{PARA_EN_2}");
    let on_site = Page { url: Some("https://news.example.com/a".into()), ..Page::text(text.clone()) };
    let elsewhere = Page { url: Some("https://other.org/a".into()), ..Page::text(text) };
    assert!(!p.clean(on_site, false).unwrap().record.text.contains("Harbour Times weekly digest"));
    assert!(p.clean(elsewhere, false).unwrap().record.text.contains("Harbour Times weekly digest"));
}

#[test]
fn the_shipped_arxiv_site_file_ends_an_abstract_page_at_its_subjects() {
    let text = format!(
        "{PARA_EN_1}\n\n{PARA_EN_2}\n\n{PARA_EN_3}\n\nSubjects:\t\tArtificial Intelligence (cs.AI)\n\nSubmission history\n\nFrom: Jane Doe [view email]"
    );
    let p = pipeline();
    let clean_at = |url: &str| p.clean(Page { url: Some(url.into()), ..Page::text(text.clone()) }, false).unwrap().record.text;
    let arxiv = clean_at("https://arxiv.org/abs/2512.16245");
    assert!(arxiv.contains(PARA_EN_3) && !arxiv.contains("Subjects:") && !arxiv.contains("Submission history"), "{arxiv}");
    assert!(clean_at("https://other.org/a").contains("Subjects:"));
}

#[test]
fn records_have_stable_ids_and_stats() {
    let a = clean(PARA_EN_1, Some("https://x.example/1"));
    let b = clean(PARA_EN_1, Some("https://x.example/1"));
    let c = clean(PARA_EN_1, Some("https://x.example/2"));
    assert_eq!(a.id, b.id);
    assert_ne!(a.id, c.id);
    assert_eq!(a.id.len(), 32);
    assert_eq!(a.domain.as_deref(), Some("x.example"));
    assert_eq!(a.stats.bytes_in, PARA_EN_1.len());
    assert_eq!(a.stats.lines_in, 1);
    assert_eq!(a.schema_version, boilerstrip::record::SCHEMA_VERSION);
}

/// One HTML page and what must and must not survive it.
struct HtmlCase {
    name: &'static str,
    html: &'static str,
    keep: &'static [&'static str],
    drop: &'static [&'static str],
    title: Option<&'static str>,
    authors: &'static [&'static str],
}

const HTML_CASES: &[HtmlCase] = &[
    HtmlCase {
        name: "vietnamese_box_class_names_mark_related_and_comment_boxes",
        html: "<html><head><title>Giá xăng dầu giảm lần thứ ba liên tiếp</title></head><body><div class=\"detail\">\
               <h1>Giá xăng dầu giảm lần thứ ba liên tiếp</h1>\
               <p>Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu, theo đó giá xăng RON 95 giảm 410 đồng mỗi lít, xuống còn 20.150 đồng.</p>\
               <div class=\"box-tinlienquan\"><p>Giá dầu thế giới giảm mạnh nhất trong ba tháng qua khiến thị trường trong nước chịu ảnh hưởng trực tiếp.</p></div>\
               <p>Đây là lần giảm thứ ba liên tiếp của giá xăng trong tháng 11, sau khi giá dầu thế giới đi xuống do lo ngại nhu cầu suy yếu.</p>\
               <div class=\"binh-luan\"><p>Giá giảm thì tốt quá, mong là sẽ còn giảm tiếp trong những tháng tới để đỡ gánh nặng.</p></div>\
               </div></body></html>",
        keep: &["Liên Bộ Công Thương", "Đây là lần giảm thứ ba"],
        drop: &["Giá dầu thế giới giảm mạnh", "Giá giảm thì tốt quá"],
        title: Some("Giá xăng dầu giảm lần thứ ba liên tiếp"),
        authors: &[],
    },
    HtmlCase {
        name: "a_greater_than_sign_inside_a_quoted_attribute_does_not_end_the_tag",
        // Stimulus actions (`click->menu#open`) and JSON props hold `>` in
        // quoted values; the tag went on, and its rest was read as text.
        html: "<html><head><title>Harbour wall</title></head><body><article>\
               <h1 data-action=\"dblclick->blog-title#highlight\" class=\"post-title\">Harbour wall to be extended</h1>\
               <div data-props='{\"label\":\"a -> b\",\"html\":\"<b>bold</b>\"}'></div>\
               <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>\
               <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>\
               </article></body></html>",
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &["blog-title#highlight", "label", "bold"],
        title: Some("Harbour wall to be extended"),
        authors: &[],
    },
    HtmlCase {
        name: "declared_authors_are_tidied_as_a_byline_prints_them",
        html: "<html><head><title>Harbour wall to be extended</title>\
               <script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": [{\"name\": \"Maria &amp; Katerina\"}, {\"name\": \"\\\"By Jane Doe\\\"\"}, {\"name\": \", \"}]}</script>\
               </head><body><h1>Harbour wall to be extended</h1>\
               <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>\
               <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>\
               </body></html>",
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &[],
        title: Some("Harbour wall to be extended"),
        authors: &["Maria & Katerina", "Jane Doe"],
    },
    HtmlCase {
        name: "named_entities_are_decoded",
        html: "<p>Nicaragua cerr&oacute; 2021 con una deuda externa de 14.372 millones de d&oacute;lares, seg&uacute;n el Banco Central, que public&oacute; el informe este martes &#150; dijo.</p>",
        keep: &["Nicaragua cerró 2021 con una deuda externa de 14.372 millones de dólares, según el Banco Central, que publicó el informe este martes – dijo."],
        drop: &["&oacute;"],
        title: None,
        authors: &[],
    },
    HtmlCase {
        name: "linked_headlines_inside_the_article_are_a_link_list",
        html: r#"<article><h1>Harbour wall extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>
            <ul><li><a href="/a">Fishermen worry that the new harbour wall will change the currents near the bay</a></li>
            <li><a href="/b">Council budget for the coming year includes money for a new ferry terminal</a></li></ul>
            <p>Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan.</p></article>"#,
        keep: &["The council voted on Monday", "Residents who live near the water", "Work is expected to begin in the spring"],
        drop: &["Fishermen worry", "Council budget"],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "an_index_of_linked_teasers_keeps_its_teasers",
        html: r#"<title>Books</title><div><h3><a href="/1">Twists in the tale</a></h3>
            <p><a href="/1">The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</a></p>
            <h3><a href="/2">Beyond the realms</a></h3>
            <p><a href="/2">Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</a></p></div>"#,
        keep: &["Twists in the tale", "The council voted on Monday", "Residents who live near the water"],
        drop: &[],
        title: Some("Books"),
        authors: &[],
    },
    HtmlCase {
        name: "prose_next_to_the_article_container_is_not_article",
        html: r#"<body><div class="story"><p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>
            <p>Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan.</p>
            <p>The mayor said the town would hold an open meeting in March so that everyone could see the drawings and ask questions.</p></div>
            <div class="more"><p>Our newsletter brings you the week in the harbour town, every Friday.</p></div></body>"#,
        keep: &["The council voted on Monday", "The mayor said the town"],
        drop: &["Our newsletter brings you"],
        title: None,
        authors: &[],
    },
    HtmlCase {
        name: "declared_title_takes_only_the_line_that_prints_it",
        html: r#"<head><title>Harbour wall extended | Harbour Times</title></head><body>
            <h1>Harbour wall extended</h1><h2>A decade of debate ends</h2>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p></body>"#,
        keep: &["A decade of debate ends", "The council voted on Monday"],
        drop: &["Harbour wall extended"],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "a_form_around_the_whole_page_keeps_its_article",
        html: r#"<body><form method="post" action="default.aspx"><div class="menu">Home | News | Contact</div>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>
            <p>Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan.</p></form></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water", "Work is expected to begin"],
        drop: &["Home | News | Contact"],
        title: None,
        authors: &[],
    },
    HtmlCase {
        name: "a_page_streamed_hidden_is_read",
        html: r#"<body><template id="B:0"></template><div hidden id="S:0"><h1>Harbour wall extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p></div>
            <script>$RC("B:0","S:0")</script></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &[],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "streamed_parts_are_read_at_their_placeholders",
        html: r#"<body><article><h1>Harbour wall extended</h1>
            <!--$?--><template id="B:0"></template><div>Loading paragraph...</div><!--/$-->
            <template id="P:1"></template><div>Loading paragraph...</div></article>
            <div class="about-the-author"><h3>About the Author</h3><p>Jane Doe writes about the harbour for the Harbour Times.</p></div>
            <footer>Copyright 2026 Harbour Times</footer>
            <div hidden id="S:0"><p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p></div>
            <div hidden id="S:1"><div><p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p></div></div>
            <script>$RC("B:0","S:0")</script></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &["Loading paragraph"],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "an_aside_left_open_does_not_take_the_page",
        html: r#"<head><title>Harbour wall extended | Harbour Times</title></head><body><aside class="announcement"><a href="/news">We joined a larger company</a>
            <main><h1>Harbour wall extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p></main></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &[],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "body_closes_a_head_left_open",
        html: r#"<html><head><title>Harbour wall extended</title><meta charset="utf-8"><body>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p></body></html>"#,
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &[],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "a_body_element_closes_a_head_never_closed",
        html: r#"<html><head><title>Harbour wall extended</title><meta charset="utf-8">
            <header class="masthead">Harbour Times</header><div class="content">
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p></div></html>"#,
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &[],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "figure_captions_are_not_article_text",
        html: r#"<body><h1>Harbour wall extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <figure><img src="wall.jpg"><figcaption>The old wall seen from the lighthouse on a winter morning, with the fishing fleet in the background</figcaption></figure>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &["The old wall seen from the lighthouse"],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "a_hidden_box_beside_a_visible_article_is_dropped",
        html: r#"<body><h1>Harbour wall extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>
            <div style="display: none"><p>Subscribe now and get the first three months of the paper for the price of a single cup of coffee.</p></div></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &["Subscribe now"],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "a_comment_form_after_the_article_is_chrome",
        html: r#"<body><article><h1>Harbour wall extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p></article>
            <form action="/comments-post" method="post"><p>Your email address will not be published, and the fields that you must fill in are marked with a star.</p>
            <p>Save my name, email and website in this browser for the next time that I leave a comment on this site.</p></form></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &["Your email address will not be published", "Save my name"],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "the_h1_is_the_title_when_the_page_title_is_reworded",
        html: r#"<head><title>Harbour Wall Guide 2025 | Harbour Times</title></head><body><article><h1>Why the harbour wall was extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p></article></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &["Why the harbour wall was extended"],
        title: Some("Why the harbour wall was extended"),
        authors: &[],
    },
    HtmlCase {
        name: "a_plain_list_next_to_the_article_is_article",
        html: r#"<body><nav><ul><li><a href="/">Home</a></li><li><a href="/cakes">Cakes</a></li></ul></nav>
            <div class="recipe"><h1>Cherry sponge cake</h1><div class="ingredients"><ul><li>250 g butter</li><li>250 g sugar</li><li>5 eggs</li><li>350 g flour</li></ul></div>
            <div class="steps"><p>Beat the soft butter with the sugar until it is pale and creamy, then stir in the eggs one after the other.</p>
            <p>Fold in the flour, spread the batter in the tin and bake it in the hot oven for forty to forty-five minutes.</p></div>
            <ul><li>150 kcal a slice</li></ul></div>
            <ul><li><a href="/more/1">Lemon drizzle cake with a very long linked teaser title</a></li><li><a href="/more/2">Apple pie</a></li></ul></body>"#,
        keep: &["250 g butter", "350 g flour", "Beat the soft butter", "Fold in the flour", "150 kcal"],
        drop: &["Home", "Lemon drizzle", "Apple pie"],
        title: Some("Cherry sponge cake"),
        authors: &[],
    },
    HtmlCase {
        name: "a_byline_element_names_the_author",
        html: r#"<body><article><h1>Harbour wall extended</h1>
            <div class="meta"><span class="post-author-name">Jane Doe</span> <time>March 3, 2021</time></div>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p></article></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water"],
        drop: &[],
        title: Some("Harbour wall extended"),
        authors: &["Jane Doe"],
    },
    HtmlCase {
        name: "a_frame_mark_gives_way_to_the_newsletter_box_inside_it",
        html: r#"<body><div class="content-sidebar-wrap"><article><h1>Harbour wall extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>
            <p>Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan.</p>
            <div class="newsletter-signup"><p>Every Friday our editors send you the week in the harbour town, with the stories that you may have missed.</p></div>
            </article></div></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water", "Work is expected to begin"],
        drop: &["Every Friday our editors"],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "a_caption_class_marks_only_short_lines",
        html: r#"<body><article><h1>Harbour wall extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <div class="wp-caption"><img src="wall.jpg"><p class="wp-caption-text">The old wall at low tide. Photo: Harbour Times</p></div>
            <div class="caption-box"><p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p></div>
            <p>Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan.</p>
            </article></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water", "Work is expected to begin"],
        drop: &["The old wall at low tide"],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "a_state_class_is_not_chrome",
        html: r#"<body><article><h1>Harbour wall extended</h1>
            <div class="summary sidebar-enabled--false"><p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p></div>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>
            <p>Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan.</p>
            </article></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water", "Work is expected to begin"],
        drop: &[],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "headlines_outside_a_marked_article_are_not_its_prose",
        html: r#"<body><article><h1>Harbour wall extended</h1>
            <div class="entry share"><p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>
            <p>Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan.</p></div>
            </article>
            <div class="more"><h3>Police reports</h3><ul>
            <li><a href="/news/1">Break-ins at the casino on the market street and at a family house in the old town quarter</a></li>
            <li><a href="/news/2">Cyclist injured in an accident on the ring road near the railway station on Tuesday evening</a></li>
            <li><a href="/news/3">Police search for the thief who stole a wood stove from a garden shed in the northern district</a></li>
            <li><a href="/news/4">Large police operation next to the market square turns out to be a quarrel between two neighbours</a></li>
            <li><a href="/news/5">Break-in at a bicycle shed in the suburb of the city during the long holiday weekend in autumn</a></li>
            <li><a href="/news/6">Fire brigade called to a smoking chimney in the harbour district late on Sunday night after a storm</a></li>
            </ul></div></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water", "Work is expected to begin"],
        drop: &["Break-ins at the casino"],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "a_comment_forms_author_field_and_a_commenters_name_are_not_the_author",
        html: r#"<body><article><h1>Harbour wall extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>
            <p>Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan.</p>
            </article>
            <ol class="commentlist"><li><div class="comment-author vcard"><cite>Tobsen</cite> says:</div><p>Great.</p></li></ol>
            <form id="commentform"><div class="comment-form-author"><label for="author">Name (required)</label><input id="author"></div></form></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water", "Work is expected to begin"],
        drop: &["Name (required)"],
        title: Some("Harbour wall extended"),
        authors: &[],
    },
    HtmlCase {
        name: "a_byline_elements_names_end_at_a_separator_or_a_date_label",
        html: r#"<body><article><h1>Harbour wall extended</h1>
            <div class="byline">Jane Doe | 3 min read</div>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>
            <p>Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan.</p>
            </article></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water", "Work is expected to begin"],
        drop: &[],
        title: Some("Harbour wall extended"),
        authors: &["Jane Doe"],
    },
    HtmlCase {
        name: "a_byline_element_holding_only_a_label_names_no_author",
        html: r#"<body><article><h1>Harbour wall extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>
            <p>Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan.</p>
            <div class="entry-meta"><span class="posted-on-author">Posted on</span> <span class="byline">harbourfan</span></div>
            </article></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water", "Work is expected to begin"],
        drop: &[],
        title: Some("Harbour wall extended"),
        authors: &["harbourfan"],
    },
    HtmlCase {
        name: "an_english_theme_labels_the_byline_of_a_german_page",
        html: r#"<html lang="de"><body><article><h1>Hafenmauer wird verlängert</h1>
            <p>Der Gemeinderat hat am Montag beschlossen, die Hafenmauer um zweihundert Meter zu verlängern, ein Vorhaben, über das seit mehr als zehn Jahren gestritten wird.</p>
            <p>Die Anwohner am Wasser zeigten sich erleichtert, auch wenn einige fürchten, dass die Bauarbeiten die Fischereisaison stören werden.</p>
            <div class="post-meta"><span class="author vcard">by Jana Muster</span></div>
            </article></body></html>"#,
        keep: &["Der Gemeinderat hat am Montag", "Die Anwohner am Wasser"],
        drop: &[],
        title: Some("Hafenmauer wird verlängert"),
        authors: &["Jana Muster"],
    },
    HtmlCase {
        name: "a_byline_in_the_posts_footer_names_the_author",
        html: r#"<body><article><h1>Harbour wall extended</h1>
            <p>The council voted on Monday to extend the harbour wall by two hundred metres, a project that has been debated for more than a decade.</p>
            <p>Residents who live near the water said they were relieved, although some worried that the construction would disturb the fishing season.</p>
            <p>Work is expected to begin in the spring and to last for about eighteen months, according to the engineers who presented the plan.</p>
            <div class="post-footer"><span class="post-author vcard">Posted by <a href="/u/jd">Jane Doe</a></span></div>
            </article></body>"#,
        keep: &["The council voted on Monday", "Residents who live near the water", "Work is expected to begin"],
        drop: &[],
        title: Some("Harbour wall extended"),
        authors: &["Jane Doe"],
    },
];

#[test]
fn html_regression_cases() {
    for c in HTML_CASES {
        let page = Page { format: Format::Html, ..Page::text(c.html) };
        let r = pipeline().clean(page, false).unwrap().record;
        assert_keeps_and_drops(c.name, &r, c.keep, c.drop);
        assert_eq!(r.title.as_deref(), c.title, "{}: title", c.name);
        assert_eq!(r.authors, c.authors, "{}: authors", c.name);
    }
}

#[test]
fn a_line_leading_into_the_next_is_no_title() {
    // A headline never ends in a colon, a comma or a semicolon: such a line
    // introduces what follows (`Here are a few reasons why:`) or greets the
    // reader (`Dear visitor,`). The headline below it is taken instead.
    for lead in ["Here are a few reasons why the council agreed:", "Dear visitors and friends of the harbour,", "Origins and history;"] {
        let text = format!("{lead}\n\nHarbour wall to be extended after long debate\n\n{}", article_en!());
        let r = clean(&text, None);
        assert_eq!(r.title.as_deref(), Some("Harbour wall to be extended after long debate"), "{lead}");
    }
}
