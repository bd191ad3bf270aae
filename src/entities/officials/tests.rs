//! The officials extractor against tables of real and adversarial snippets.

use super::*;

/// `text` must yield exactly these officials (name, titles) in order.
fn check(text: &str, expected: &[(&str, &[&str])]) {
    let got: Vec<(String, Vec<String>)> =
        find(text).into_iter().map(|o| (o.name, o.titles)).collect();
    let want: Vec<(String, Vec<String>)> = expected
        .iter()
        .map(|(n, ts)| (n.to_string(), ts.iter().map(|t| t.to_string()).collect()))
        .collect();
    assert_eq!(got, want, "officials of {text:?}");
}

/// One case: input text and the expected (name, titles) pairs.
type Case<'a> = (&'a str, &'a [(&'a str, &'a [&'a str])]);

#[test]
fn officials_table() {
    let cases: &[Case] = &[
        (
            "Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy cho biết.",
            &[("Cao Tường Huy", &["Chủ tịch UBND tỉnh Quảng Ninh"])],
        ),
        (
            "Bộ trưởng Bộ Y tế Đào Hồng Lan phát biểu. Bà Đào Hồng Lan nhấn mạnh.",
            &[("Đào Hồng Lan", &["Bộ trưởng Bộ Y tế"])],
        ),
        (
            "Dự hội nghị có ông Trần Văn Nam, Phó Chủ tịch HĐND tỉnh, Giám đốc Sở Nội vụ.",
            &[("Trần Văn Nam", &["Phó Chủ tịch HĐND tỉnh", "Giám đốc Sở Nội vụ"])],
        ),
        (
            "Thứ trưởng Bộ Công an, Trung tướng Lê Quốc Hùng chủ trì.",
            &[("Lê Quốc Hùng", &["Thứ trưởng Bộ Công an"])],
        ),
        (
            "Tham dự có các đồng chí: Lò Văn Hặc - Bí thư Tỉnh ủy Lai Châu; Giàng A Tính, Phó Chủ tịch UBND tỉnh.",
            &[
                ("Lò Văn Hặc", &["Bí thư Tỉnh ủy Lai Châu"]),
                ("Giàng A Tính", &["Phó Chủ tịch UBND tỉnh"]),
            ],
        ),
        (
            "Chủ tịch Hội Nông dân tỉnh Nghệ An Nguyễn Văn Chính trao quà. Ông Chính cảm ơn.",
            &[("Nguyễn Văn Chính", &["Chủ tịch Hội Nông dân tỉnh Nghệ An"])],
        ),
        (
            "Học tập và làm theo tư tưởng của Chủ tịch Hồ Chí Minh.",
            &[],
        ),
        (
            "Người dân trên đường Nguyễn Trãi đã tham gia.\n\nẢnh: Nguyễn Văn Tuấn\n\nMinh Anh",
            &[],
        ),
        ("Phó Bí thư Thường trực Thành ủy phát biểu.\n\nHoàng Phúc", &[]),
        (
            "Phó Thủ tướng Chính phủ Trần Hồng Hà làm việc với Bí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng.",
            &[
                ("Trần Hồng Hà", &["Phó Thủ tướng Chính phủ"]),
                ("Nguyễn Văn Quảng", &["Bí thư Thành ủy Đà Nẵng"]),
            ],
        ),
        (
            "Phó Sĩ Nhân, Phó Giám đốc Trung tâm Y tế huyện Ba Vì cho biết.",
            &[("Phó Sĩ Nhân", &["Phó Giám đốc Trung tâm Y tế huyện Ba Vì"])],
        ),
        (
            "Chủ tịch UBND tỉnh Nguyễn Văn Nam và Thủ tướng Hàn Quốc Hwang Kyo-ahn hội đàm.",
            &[("Nguyễn Văn Nam", &["Chủ tịch UBND tỉnh"])],
        ),
        (
            "Tổng lãnh sự Hà Lan phát biểu. Ông Han Myoungsup, Tổng giám đốc, cho biết.",
            &[],
        ),
        (
            "Chủ tịch UBND huyện Sóc Sơn Nguyễn Văn Minh chỉ đạo.",
            &[("Nguyễn Văn Minh", &["Chủ tịch UBND huyện Sóc Sơn"])],
        ),
        // Issue 11, point 3: titles in every order, abbreviations, lists.
        (
            "Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Nguyễn Văn Phong phát biểu.",
            &[("Nguyễn Văn Phong", &["Ủy viên Trung ương Đảng", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố"])],
        ),
        (
            "Bà Nguyễn Thị Tuyến, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Thành ủy cho biết.",
            &[("Nguyễn Thị Tuyến", &["Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Thành ủy"])],
        ),
        (
            "Đồng chí Bùi Duy Cường – Bí thư Huyện ủy phát biểu.",
            &[("Bùi Duy Cường", &["Bí thư Huyện ủy"])],
        ),
        ("Thủ tướng Phạm Minh Chính yêu cầu các bộ.", &[("Phạm Minh Chính", &["Thủ tướng"])]),
        (
            "Ông Lê Văn Hưởng, UV BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì.",
            &[("Lê Văn Hưởng", &["UV BTV Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"])],
        ),
        (
            "ĐBQH Nguyễn Thị Kim Anh chất vấn. Bà Nguyễn Thị Kim Anh cho rằng.",
            &[("Nguyễn Thị Kim Anh", &["ĐBQH"])],
        ),
        (
            "Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Nguyễn Văn Lợi kiểm tra.",
            &[("Nguyễn Văn Lợi", &["Ủy viên T.Ư Đảng", "Bí thư Tỉnh ủy"])],
        ),
        (
            "Dự có các đồng chí: Đoàn Minh Huấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Tống Quang Thìn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh.",
            &[
                ("Đoàn Minh Huấn", &["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]),
                ("Tống Quang Thìn", &["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"]),
            ],
        ),
        (
            "Theo bà Lê Thị Ái Nam, Giám đốc Sở Tài chính, nguồn vốn đã được bố trí.",
            &[("Lê Thị Ái Nam", &["Giám đốc Sở Tài chính"])],
        ),
        (
            "Bí thư Huyện ủy Sóc Sơn Trần Văn Bình chủ trì hội nghị.",
            &[("Trần Văn Bình", &["Bí thư Huyện ủy Sóc Sơn"])],
        ),
        (
            "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tuyên giáo Trung ương Võ Văn Thưởng làm Trưởng đoàn.",
            &[("Võ Văn Thưởng", &["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng ban Tuyên giáo Trung ương", "Trưởng đoàn"])],
        ),
        (
            "Ông Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương đã công bố.",
            &[("Mai Văn Chính", &["Ủy viên Trung ương Đảng", "Phó Trưởng Ban Tổ chức Trung ương"])],
        ),
        (
            "ông Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị, Chủ tịch Ủy ban TƯ MTTQ Việt Nam giữ chức vụ mới.",
            &[("Nguyễn Thiện Nhân", &["Ủy viên Bộ Chính trị", "Chủ tịch Ủy ban TƯ MTTQ Việt Nam"])],
        ),
        (
            "Phó Chủ tịch UBND TP Thái Bình Phạm Văn Xuyên đã ký quyết định.",
            &[("Phạm Văn Xuyên", &["Phó Chủ tịch UBND TP Thái Bình"])],
        ),
        // A bare title is no place: never "Phó Tổng Biên tập Cát Thị" + "Kim Xuân".
        ("Phó Tổng Biên tập Cát Thị Kim Xuân nhận hoa chúc mừng.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Forms met on unseen news texts (issue 11): a title shared over a list after a colon,
/// "Bí thư thứ nhất", "Ủy viên Thường vụ", a caption's name glued to the next sentence, a
/// district's two-syllable name after "quận"/"huyện".
#[test]
fn officials_unseen_forms() {
    let cases: &[Case] = &[
        (
            "Các đồng chí Ủy viên Bộ Chính trị: Chủ tịch Quốc hội Nguyễn Thị Kim Ngân; Phó Chủ tịch Thường trực Quốc hội Tòng Thị Phóng; Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương Phạm Minh Chính chủ trì hội thảo.",
            &[
                ("Nguyễn Thị Kim Ngân", &["Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội"]),
                ("Tòng Thị Phóng", &["Ủy viên Bộ Chính trị", "Phó Chủ tịch Thường trực Quốc hội"]),
                ("Phạm Minh Chính", &["Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương"]),
            ],
        ),
        (
            "Đó là nhận xét của anh Lê Quốc Phong, Bí thư thứ nhất Trung ương Đoàn tại hội nghị.",
            &[("Lê Quốc Phong", &["Bí thư thứ nhất Trung ương Đoàn"])],
        ),
        (
            "Đồng chí Nguyễn Thị Lệ, Ủy viên Thường vụ, Trưởng Ban Dân vận Thành ủy TPHCM triển khai.",
            &[("Nguyễn Thị Lệ", &["Ủy viên Thường vụ", "Trưởng Ban Dân vận Thành ủy TPHCM"])],
        ),
        (
            "Trưởng Ban Dân vận Trung ương Trương Thị Mai Qua 3 năm thực hiện, các quyết định đã đi vào cuộc sống.",
            &[("Trương Thị Mai", &["Trưởng Ban Dân vận Trung ương"])],
        ),
        ("UBND Thành phố giao Chủ tịch UBND quận Hà Đông kiểm tra thông tin.", &[]),
        (
            "Dự lễ có Phó Chủ tịch thường trực Quốc hội Tòng Thị Phóng, Phó Chủ tịch Quốc hội Đỗ Bá Tỵ và đại diện.",
            &[
                ("Tòng Thị Phóng", &["Phó Chủ tịch thường trực Quốc hội"]),
                ("Đỗ Bá Tỵ", &["Phó Chủ tịch Quốc hội"]),
            ],
        ),
        (
            "Bà Nguyễn Thị Nhâm Huyền, Hiệu trưởng trường THPT Phan Đình Phùng, cho biết.",
            // (a school named after a person keeps its name since dev round 15)
            &[("Nguyễn Thị Nhâm Huyền", &["Hiệu trưởng trường THPT Phan Đình Phùng"])],
        ),
        // The title stays the person's (and keeps the school's own name since dev round 92,
        // `named_school`; it was cut from the title before).
        (
            "Theo tiến sĩ Trần Đình Lý, Trưởng phòng Đào tạo Trường ĐH Nông Lâm TP.HCM, để đảm bảo.",
            &[("Trần Đình Lý", &["Trưởng phòng Đào tạo Trường ĐH Nông Lâm TP.HCM"])],
        ),
        (
            "Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn Lê Quốc Phong phát biểu.",
            &[("Lê Quốc Phong", &["Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn"])],
        ),
        (
            "Trưởng ban Tổ chức Trung ương Phạm Minh Chính Chủ tịch Quốc hội Nguyễn Thị Kim Ngân trao quyết định.",
            &[
                ("Phạm Minh Chính", &["Trưởng ban Tổ chức Trung ương"]),
                ("Nguyễn Thị Kim Ngân", &["Chủ tịch Quốc hội"]),
            ],
        ),
        (
            "Chủ tịch UBND huyện Nguyễn Văn Phong kiểm tra thông tin.",
            &[("Nguyễn Văn Phong", &["Chủ tịch UBND huyện"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Forms of a same-distribution dev sample (issue 11, dev growth 3): lists of bare names
/// sharing one title, before or after it, "PTT", bodies written as unknown acronyms.
#[test]
fn officials_lists_and_acronyms() {
    let cases: &[Case] = &[
        (
            "Các Phó Giám đốc Sở gồm: Nguyễn Văn An, Trần Văn Bình và Lê Thị Cúc.",
            &[
                ("Nguyễn Văn An", &["Phó Giám đốc Sở"]),
                ("Trần Văn Bình", &["Phó Giám đốc Sở"]),
                ("Lê Thị Cúc", &["Phó Giám đốc Sở"]),
            ],
        ),
        (
            "Sở có 3 Phó Giám đốc là các ông Nguyễn Văn An, Trần Văn Bình, Lê Văn Cường.",
            &[
                ("Nguyễn Văn An", &["Phó Giám đốc"]),
                ("Trần Văn Bình", &["Phó Giám đốc"]),
                ("Lê Văn Cường", &["Phó Giám đốc"]),
            ],
        ),
        (
            "UBND tỉnh bổ nhiệm ông Nguyễn Văn An và bà Trần Thị Bình giữ chức Phó Giám đốc Sở Y tế.",
            &[
                ("Nguyễn Văn An", &["Phó Giám đốc Sở Y tế"]),
                ("Trần Thị Bình", &["Phó Giám đốc Sở Y tế"]),
            ],
        ),
        ("PTT Vũ Đức Đam chủ trì hội nghị.", &[("Vũ Đức Đam", &["PTT"])]),
        // A signature block in capitals is no acronym.
        ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Bùi Văn Lĩnh", &[("Bùi Văn Lĩnh", &["THỨ TRƯỞNG"])]),
        (
            "TL. BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG Hoàng Văn Thái",
            &[("Hoàng Văn Thái", &["CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG"])],
        ),
        (
            "Phó Tổng Giám đốc EVN Ngô Sơn Hải cho biết.",
            &[("Ngô Sơn Hải", &["Phó Tổng Giám đốc EVN"])],
        ),
        (
            "Ông Trương Quý Dương (Giám đốc BVĐK tỉnh Hòa Bình) cho biết.",
            &[("Trương Quý Dương", &["Giám đốc BVĐK tỉnh Hòa Bình"])],
        ),
        ("Ông Nguyễn Văn An là Giám đốc Sở Y tế.", &[("Nguyễn Văn An", &["Giám đốc Sở Y tế"])]),
        // A bare title after "là" is mostly a company's.
        ("Ông Nguyễn Văn An là tổng giám đốc của hãng.", &[]),
        (
            "Chủ tịch UBND tỉnh Hồ Văn Dũng, Giám đốc Công an tỉnh Đại tá Nguyễn Văn Hài dự.",
            &[
                ("Hồ Văn Dũng", &["Chủ tịch UBND tỉnh"]),
                ("Nguyễn Văn Hài", &["Giám đốc Công an tỉnh"]),
            ],
        ),
        (
            "Tham dự có các ông Nguyễn Văn An, Trần Văn Bình, Phó Chủ tịch UBND tỉnh.",
            &[
                ("Nguyễn Văn An", &["Phó Chủ tịch UBND tỉnh"]),
                ("Trần Văn Bình", &["Phó Chủ tịch UBND tỉnh"]),
            ],
        ),
        (
            "Ông Phan Thuận, Chủ tịch Nghiệp đoàn nghề cá Phường 6, thành phố Tuy Hòa cho biết.",
            &[("Phan Thuận", &["Chủ tịch Nghiệp đoàn nghề cá Phường 6, thành phố Tuy Hòa"])],
        ),
        (
            "Ông Y Nhuận Byă, Phó Chủ tịch UBND tỉnh Đắk Lắk cho biết.",
            &[("Y Nhuận Byă", &["Phó Chủ tịch UBND tỉnh Đắk Lắk"])],
        ),
        // Issue 11, dev growth 6: a Chi cục head, newly appointed ("tân" is left out); a
        // field in lowercase after an open body; fields joined by a comma.
        (
            "ông Chu Trọng Trang – tân Chi cục trưởng Chi cục ATVSTP Nghệ An. Theo báo cáo",
            &[("Chu Trọng Trang", &["Chi cục trưởng Chi cục ATVSTP Nghệ An"])],
        ),
        (
            "bác sỹ Chu Trọng Trang – Phó giám đốc Trung tâm y tế dự phòng tỉnh vi phạm",
            &[("Chu Trọng Trang", &["Phó giám đốc Trung tâm y tế dự phòng tỉnh"])],
        ),
        (
            "Cục trưởng Cục Xuất bản, In và Phát hành Chu Văn Hòa vừa ký 3 quyết định",
            &[("Chu Văn Hòa", &["Cục trưởng Cục Xuất bản, In và Phát hành"])],
        ),
        (
            "gồm ông Lê Văn Lịch - Phó Tổng cục trưởng Tổng cục Quản lý đất đai làm Trưởng đoàn.",
            &[("Lê Văn Lịch", &["Phó Tổng cục trưởng Tổng cục Quản lý đất đai", "Trưởng đoàn"])],
        ),
        (
            "Ông Đoàn Ngọc Phương - Quyền Cục trưởng - Cục Kinh tế và Phát triển quỹ đất (Tổng cục Quản lý đất đai) làm phó đoàn",
            &[("Đoàn Ngọc Phương", &["Quyền Cục trưởng - Cục Kinh tế và Phát triển quỹ đất"])],
        ),
        // The post left and the post taken after a name and its chain.
        (
            "Bộ Chính trị quyết định phân công ông Đinh La Thăng, Ủy viên Trung ương Đảng, thôi giữ chức Bí thư Thành ủy TP.HCM (nhiệm kỳ 2015 - 2020) về nhận nhiệm vụ Phó Trưởng Ban Kinh tế Trung ương.",
            &[(
                "Đinh La Thăng",
                &["Ủy viên Trung ương Đảng", "Bí thư Thành ủy TP.HCM", "Phó Trưởng Ban Kinh tế Trung ương"],
            )],
        ),
        // A body's abbreviation in parentheses before the holder's name stays in the title.
        (
            "Thống đốc Ngân hàng Nhà nước (NHNN) Lê Minh Hưng đã trình bày",
            &[("Lê Minh Hưng", &["Thống đốc Ngân hàng Nhà nước (NHNN)"])],
        ),
        // A person met later ("làm việc với") is no list member.
        ("Ông Nguyễn Văn An làm việc với Giám đốc Sở.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn youth_union_titles() {
    // The Youth Union's central committee written short ("T.Ư Đoàn"), and a chain going on
    // after it.
    check(
        "Anh Lê Quốc Phong – Ủy viên dự khuyết T.Ư Đảng, Bí thư thứ nhất T.Ư Đoàn, Chủ tịch Hội Sinh viên Việt Nam cho biết.",
        &[(
            "Lê Quốc Phong",
            &["Ủy viên dự khuyết T.Ư Đảng", "Bí thư thứ nhất T.Ư Đoàn", "Chủ tịch Hội Sinh viên Việt Nam"],
        )],
    );
}

#[test]
fn news_prose_officials_10() {
    let cases: &[Case] = &[
        // A defendant's age before a former post in parentheses; the post runs to the closing
        // parenthesis past a lowercase body.
        (
            "HĐXX tuyên phạt bị cáo Trần Văn Bảo (41 tuổi, nguyên Đội trưởng Đội quản lý trật tự đô thị quận Hải An) 8 năm tù.",
            &[("Trần Văn Bảo", &["nguyên Đội trưởng Đội quản lý trật tự đô thị quận Hải An"])],
        ),
        // A birth year in parentheses, a dash and the post; a transfer "đến nhận công tác và
        // giữ chức vụ …".
        (
            "Theo đó, bổ nhiệm Trung tá Lê Quang Vinh (1975) - Phó trưởng Phòng Tham mưu đến nhận công tác và giữ chức vụ Trưởng phòng Bảo vệ Chính trị.",
            &[("Lê Quang Vinh", &["Phó trưởng Phòng Tham mưu", "Trưởng phòng Bảo vệ Chính trị"])],
        ),
        // Posts in parentheses whose bodies are written in lowercase or with a dash.
        (
            "Sở đã khiển trách ông Hoàng Văn Sơn (Trưởng phòng quản lý đất đai thuộc Sở TN&MT) và ông Đinh Văn Tú (Phó trưởng phòng Kế hoạch – Tài chính).",
            &[
                ("Hoàng Văn Sơn", &["Trưởng phòng quản lý đất đai thuộc Sở TN&MT"]),
                ("Đinh Văn Tú", &["Phó trưởng phòng Kế hoạch – Tài chính"]),
            ],
        ),
        // The post now held, in parentheses after a former one.
        (
            "UBND thành phố phê bình bà Lê Thị Hoa – nguyên Chủ tịch UBND huyện Bình Chánh (hiện đang là Bí thư Huyện ủy Bình Chánh), cùng 5 cán bộ.",
            &[(
                "Lê Thị Hoa",
                &["nguyên Chủ tịch UBND huyện Bình Chánh", "Bí thư Huyện ủy Bình Chánh"],
            )],
        ),
        // Posts someone is removed from, with their terms, before "đối với" and the person.
        (
            "Ban Bí thư quyết định thi hành kỷ luật cách chức Ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2005 - 2010 và nhiệm kỳ 2010 - 2015 đối với ông Võ Văn Cần. UBND tỉnh quyết định cách chức Phó giám đốc Bệnh viện Đa khoa huyện Thường Xuân đối với ông Trần Văn Minh, Bí thư Chi bộ.",
            &[
                ("Võ Văn Cần", &["Ủy viên Ban Thường vụ Tỉnh ủy"]),
                (
                    "Trần Văn Minh",
                    &["Phó giám đốc Bệnh viện Đa khoa huyện Thường Xuân", "Bí thư Chi bộ"],
                ),
            ],
        ),
        // The post taken runs to the end of the clause, past a body named in lowercase.
        (
            "bổ nhiệm Thượng tá Lê Văn Sáu (1970) - Phó trưởng Phòng Tham mưu đến nhận công tác và giữ chức vụ Giám đốc Trung tâm huấn luyện và bồi dưỡng nghiệp vụ CATP; điều động đồng chí khác.",
            &[(
                "Lê Văn Sáu",
                &[
                    "Phó trưởng Phòng Tham mưu",
                    "Giám đốc Trung tâm huấn luyện và bồi dưỡng nghiệp vụ CATP",
                ],
            )],
        ),
        // The head of a court's chamber, after a judge's post.
        (
            "Thẩm phán Trần Văn Nam, Chánh tòa Hình sự TAND tỉnh Khánh Hòa, công bố bản án.",
            &[("Trần Văn Nam", &["Thẩm phán", "Chánh tòa Hình sự TAND tỉnh Khánh Hòa"])],
        ),
        // A commune health station's head; a judge.
        (
            "Ông Vũ Văn Long, Trạm trưởng Trạm Y tế xã Yên Lâm, cho biết. Thẩm phán Nguyễn Văn Hòa công bố bản án.",
            &[
                ("Vũ Văn Long", &["Trạm trưởng Trạm Y tế xã Yên Lâm"]),
                ("Nguyễn Văn Hòa", &["Thẩm phán"]),
            ],
        ),
        // Full-time and part-time posts; the Front written "MTTQ VN", its committee "UB TƯ
        // MTTQ VN"; a district police force written "CAQ".
        (
            "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Nghệ An Nguyễn Văn Minh cho biết. Ông Lê Bá Trình, Phó chủ tịch không chuyên trách UB TƯ MTTQ VN, đề xuất. Sau đó nguyên Chủ tịch MTTQ VN Trần Văn Hùng phát biểu. Thiếu tá Đỗ Văn Hải - Phó trưởng CAQ Hải Châu, cho biết.",
            &[
                ("Nguyễn Văn Minh", &["Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Nghệ An"]),
                ("Lê Bá Trình", &["Phó chủ tịch không chuyên trách UB TƯ MTTQ VN"]),
                ("Trần Văn Hùng", &["nguyên Chủ tịch MTTQ VN"]),
                ("Đỗ Văn Hải", &["Phó trưởng CAQ Hải Châu"]),
            ],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn retired_test4_officials_10() {
    let cases: &[Case] = &[
        // A police force's investigation office written short before its force.
        (
            "Công văn do ông Trần Văn Nhự - Phó Thủ trưởng CQCSĐT Công an huyện Hải Hậu - ký, cho biết",
            &[("Trần Văn Nhự", &["Phó Thủ trưởng CQCSĐT Công an huyện Hải Hậu"])],
        ),
        // A state corporation known by its short name, after its board's chair.
        (
            "giai đoạn ông làm Chủ tịch HĐQT Vinaconex, chủ đầu tư dự án. Ông Phí Thái Bình, nguyên Chủ tịch HĐQT Vinaconex, bị bắt.",
            &[("Phí Thái Bình", &["nguyên Chủ tịch HĐQT Vinaconex"])],
        ),
        // Past posts listed after "từng giữ … như:"; offices joined by "kiêm" make one title.
        (
            "ông Trần Văn Dũng từng giữ các chức danh, chức vụ lãnh đạo, quản lý như: Chuyên viên Ủy ban, Phó Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Sở giao dịch chứng khoán Hà Nội, Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Sở giao dịch chứng khoán Hà Nội.",
            &[(
                "Trần Văn Dũng",
                &[
                    "Phó Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Sở giao dịch chứng khoán Hà Nội",
                    "Chủ tịch Hội đồng quản trị kiêm Tổng Giám đốc Sở giao dịch chứng khoán Hà Nội",
                ],
            )],
        ),
        // A ministry's department named by its field in lowercase; the family name Ngũ.
        (
            "Tối 2-6, PGS.TS Lương Ngọc Khuê, Cục trưởng Cục Quản lý khám chữa bệnh (Bộ Y tế) đã có công văn. Ông Ngũ Duy Anh - Vụ trưởng Vụ Công tác Học sinh Sinh viên - phát biểu.",
            &[
                ("Lương Ngọc Khuê", &["Cục trưởng Cục Quản lý khám chữa bệnh"]),
                ("Ngũ Duy Anh", &["Vụ trưởng Vụ Công tác Học sinh Sinh viên"]),
            ],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn appointments_and_signatures_9() {
    let cases: &[Case] = &[
        // Verbs of appointment between a person and the post, an aside before them.
        (
            "Ông Trần Văn Bình được điều động và bổ nhiệm chức danh Phó Giám đốc Sở Khoa học và Công nghệ kể từ ngày 31-5; còn ông Lê Văn Hải chỉ giữ chức Giám đốc Văn phòng Đăng ký đất đai tỉnh Bình Định.",
            &[
                ("Trần Văn Bình", &["Phó Giám đốc Sở Khoa học và Công nghệ"]),
                ("Lê Văn Hải", &["Giám đốc Văn phòng Đăng ký đất đai tỉnh Bình Định"]),
            ],
        ),
        (
            "việc ông Nguyễn Văn Hòa (SN 1961) - hiện giữ chức vụ Phó chủ tịch UBND xã Chu Phan - không đi học",
            &[("Nguyễn Văn Hòa", &["Phó chủ tịch UBND xã Chu Phan"])],
        ),
        // "Phó Ban" heads a Ban as a deputy.
        (
            "ông Đỗ Văn Tân được điều động, bổ nhiệm giữ chức Phó Ban Dân vận Tỉnh ủy.",
            &[("Đỗ Văn Tân", &["Phó Ban Dân vận Tỉnh ủy"])],
        ),
        // (verbs without a post give nothing)
        ("ông Đỗ Văn Tân được điều động về xã.", &[]),
        // A post given "cho" a person, the post running to "cho".
        (
            "đã trao quyết định bổ nhiệm có thời hạn chức vụ Vụ trưởng Vụ Tài chính các ngân hàng và Tổ chức tài chính cho bà Phan Thị Hạnh.",
            &[("Phan Thị Hạnh", &["Vụ trưởng Vụ Tài chính các ngân hàng và Tổ chức tài chính"])],
        ),
        // A body of two words after a head ending in it ("Chủ tịch Ủy ban").
        (
            "bổ nhiệm ông Trần Văn Khoa giữ chức Chủ tịch Ủy ban chứng khoán Nhà nước.",
            &[("Trần Văn Khoa", &["Chủ tịch Ủy ban chứng khoán Nhà nước"])],
        ),
        // Signature blocks in capitals: a bare head that needs a body stands before the
        // signer, and a body's name ends where the signer's own title starts.
        (
            "| Nơi nhận: - Như trên; - Lưu: VT. | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM Phạm Văn Cường |",
            &[("Phạm Văn Cường", &["PHÓ CHỦ NHIỆM"])],
        ),
        (
            "| Nơi nhận: - Lưu: VT, CS | TL. CỤC TRƯỞNG KT. TRƯỞNG BAN CHÍNH SÁCH, THUẾ QUỐC TẾ PHÓ TRƯỞNG BAN Phạm Thị Minh Hà |",
            &[("Phạm Thị Minh Hà", &["PHÓ TRƯỞNG BAN"])],
        ),
        ("TL. BỘ TRƯỞNG CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG Hoàng Văn Thái", &[("Hoàng Văn Thái", &["CỤC TRƯỞNG CỤC NGƯỜI CÓ CÔNG"])]),
        // (a head that needs a body, in lowercase text, still needs it)
        ("ông Phạm Văn Cường, Phó Chủ nhiệm cho biết", &[]),
        // The post taken after asides that are no titles, in the same clause.
        (
            "bổ nhiệm các ông: - Nguyễn Hoàng Nam, Hàm Vụ phó, tập sự Phó Vụ trưởng Vụ Tổ chức cán bộ, giữ chức Phó Vụ trưởng Vụ Tổ chức cán bộ; - Đào Quang Minh, Hàm Vụ phó, giữ chức Phó Vụ trưởng Vụ Nông nghiệp.",
            &[
                ("Nguyễn Hoàng Nam", &["Phó Vụ trưởng Vụ Tổ chức cán bộ"]),
                ("Đào Quang Minh", &["Phó Vụ trưởng Vụ Nông nghiệp"]),
            ],
        ),
        // (not past another person: the post is the second one's)
        (
            "ông Nguyễn Hoàng Nam, cùng ông Đào Quang Minh, giữ chức Phó Vụ trưởng Vụ Nông nghiệp",
            &[("Đào Quang Minh", &["Phó Vụ trưởng Vụ Nông nghiệp"])],
        ),
        // Abbreviated titles of a "Nơi nhận" list; the family name Long.
        (
            "- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp; - PTTg Trần Hồng Hà (để b/c). Tố cáo ông Long Văn Sơn, Chủ tịch UBND huyện Hữu Lũng.",
            &[
                ("Nguyễn Sỹ Hiệp", &["PCN"]),
                ("Trần Hồng Hà", &["PTTg"]),
                ("Long Văn Sơn", &["Chủ tịch UBND huyện Hữu Lũng"]),
            ],
        ),
        // (places named Long stay places)
        ("Chủ tịch UBND tỉnh Long An Trần Văn Cần thăm thị xã Long Khánh.", &[("Trần Văn Cần", &["Chủ tịch UBND tỉnh Long An"])]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn retired_test5_officials_11() {
    let cases: &[Case] = &[
        // A post someone is removed from, "chức vụ" after the verb.
        (
            "HĐND thông qua việc miễn nhiệm chức vụ Phó chủ tịch thường trực UBND TP đối với ông Đặng Việt Dũng.",
            &[("Đặng Việt Dũng", &["Phó chủ tịch thường trực UBND TP"])],
        ),
        // "VP" for "Văn phòng" and the abbreviated heads "Chánh VP", "PGĐ".
        (
            "Ông Đoàn Xuân Hiếu, Chánh VP HĐND TP Đà Nẵng cho biết. Theo nguyên PGĐ Sở Y tế TP.HCM Phạm Khánh Phong Lan, việc này chưa đúng.",
            &[
                ("Đoàn Xuân Hiếu", &["Chánh VP HĐND TP Đà Nẵng"]),
                ("Phạm Khánh Phong Lan", &["nguyên PGĐ Sở Y tế TP.HCM"]),
            ],
        ),
        // A title, a dash and an honorific before the name.
        (
            "Bí thư Đảng ủy xã Nghi Hưng - ông Nguyễn Đình Hoàng cho biết: Trước đây.",
            &[("Nguyễn Đình Hoàng", &["Bí thư Đảng ủy xã Nghi Hưng"])],
        ),
        // The title's higher places in parentheses before the name are left out.
        (
            "Đại gia đình của Bí thư Đảng ủy xã Quế Long (huyện Quế Sơn, Quảng Nam) Đỗ Đình Hùng đang nắm nhiều chức vụ.",
            &[("Đỗ Đình Hùng", &["Bí thư Đảng ủy xã Quế Long"])],
        ),
        // A birth year "(SN …)" before a dash and the posts; "huyện ủy viên"; the family
        // name Hạc.
        (
            "đối với bà Trần Trương Mạnh Hoài (SN 1986) - huyện ủy viên, Bí thư huyện đoàn huyện Tuy Đức. Sáng 12/7, Thiếu tá Hạc Sơn Linh - Phó trưởng Công an huyện Định Hóa - cho biết.",
            &[
                ("Trần Trương Mạnh Hoài", &["huyện ủy viên", "Bí thư huyện đoàn huyện Tuy Đức"]),
                ("Hạc Sơn Linh", &["Phó trưởng Công an huyện Định Hóa"]),
            ],
        ),
        // The head of an ad hoc team joined by "kiêm" holds no post of a body.
        (
            "ông Nguyễn An Huy, Phó Chánh Thanh tra TP Hà Nội kiêm trưởng đoàn thanh tra, cho biết.",
            &[("Nguyễn An Huy", &["Phó Chánh Thanh tra TP Hà Nội"])],
        ),
        // Membership of a National Assembly delegation in a chain.
        (
            "bà Phạm Khánh Phong Lan - Trưởng Ban Quản lý An toàn thực phẩm TP.HCM, đoàn ĐBQH TP.HCM – cho rằng",
            &[(
                "Phạm Khánh Phong Lan",
                &["Trưởng Ban Quản lý An toàn thực phẩm TP.HCM", "đoàn ĐBQH TP.HCM"],
            )],
        ),
        // After an aside in parentheses, "là" / "làm" and a post naming its body.
        (
            "Ông Hồ Anh Trung (gọi ông Hùng bằng cậu bên vợ) đang là Chủ tịch UBND xã. Ông Đỗ Văn Hùng (cùng họ tộc với ông Đỗ Đình Hùng) làm Trưởng công an xã.",
            &[("Hồ Anh Trung", &["Chủ tịch UBND xã"]), ("Đỗ Văn Hùng", &["Trưởng công an xã"])],
        ),
        // (an aside then "là" and no post of a body gives nothing)
        ("Bà Trần Thị Hoa (em dâu ông Hùng) là giáo viên.", &[]),
        // (the post now held in parentheses is still read)
        (
            "bà Đặng Thị Hồng Liên – nguyên Chủ tịch UBND quận 9 (hiện đang là Bí thư Quận ủy quận 9), cùng hơn 10 cán bộ",
            &[("Đặng Thị Hồng Liên", &["nguyên Chủ tịch UBND quận 9", "Bí thư Quận ủy quận 9"])],
        ),
        // Capitalised "Ông" and a given name are an honorific, not a family name; the post
        // taken there is that of the one official of that given name.
        ("Ông Tiến hiện giữ chức Phó Chánh VP UBND TP Đà Nẵng.", &[]),
        (
            "miễn nhiệm ông Nguyễn Thành Tiến, Phó trưởng ban đô thị HĐND Đà Nẵng. Ông Tiến hiện giữ chức Phó Chánh VP UBND TP Đà Nẵng.",
            &[(
                "Nguyễn Thành Tiến",
                &["Phó trưởng ban đô thị HĐND Đà Nẵng", "Phó Chánh VP UBND TP Đà Nẵng"],
            )],
        ),
        // A name glued to the next sentence's "Ông" and name.
        (
            "thông qua nghị quyết miễn nhiệm chức vụ Phó chủ tịch thường trực TP Đà Nẵng đối với ông Đặng Việt Dũng Ông Đoàn Xuân Hiếu cho biết thêm.",
            &[("Đặng Việt Dũng", &["Phó chủ tịch thường trực TP Đà Nẵng"])],
        ),
        // A body joined ("nhận công tác tại X"), then the post in it ("với chức vụ Y").
        (
            "phân công ông Đặng Việt Dũng về nhận công tác tại Ban Tuyên giáo Thành ủy với chức vụ Trưởng ban.",
            &[("Đặng Việt Dũng", &["Trưởng ban"])],
        ),
        // (likewise after a lowercase "ông" and the given name)
        (
            "miễn nhiệm ông Nguyễn Thành Tiến, Phó trưởng ban đô thị HĐND Đà Nẵng; ông Tiến hiện giữ chức Phó Chánh VP UBND TP Đà Nẵng.",
            &[(
                "Nguyễn Thành Tiến",
                &["Phó trưởng ban đô thị HĐND Đà Nẵng", "Phó Chánh VP UBND TP Đà Nẵng"],
            )],
        ),
        // Promoted ("lên làm") to a post naming its body, after an aside.
        (
            "Bà Đỗ Thị Linh Phượng (cháu ông Hùng) từ cán bộ UBND xã thăng tiến lên làm Phó chủ tịch UBND xã nhiệm kỳ 2016 – 2020.",
            &[("Đỗ Thị Linh Phượng", &["Phó chủ tịch UBND xã"])],
        ),
        // A council's department named in lowercase after the head ending in "ban".
        (
            "miễn nhiệm ông Nguyễn Thành Tiến, Phó trưởng ban đô thị HĐND Đà Nẵng.",
            &[("Nguyễn Thành Tiến", &["Phó trưởng ban đô thị HĐND Đà Nẵng"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// The shared-tokenisation entry point gives the same result as the two finders.
#[test]
fn dev_growth_11_officials() {
    let cases: &[Case] = &[
        // A capitalised place between a head and the name: "TP" and its name, a known
        // place, or a bare "TP".
        (
            "Tại phiên họp, Chủ tịch TP Hà Nội Nguyễn Đức Chung yêu cầu Sở Giáo dục.",
            &[("Nguyễn Đức Chung", &["Chủ tịch TP Hà Nội"])],
        ),
        (
            "Bí thư Đà Nẵng Nguyễn Xuân Anh , Chủ tịch TP Huỳnh Đức Thơ cùng chủ trì hội nghị.",
            &[("Nguyễn Xuân Anh", &["Bí thư Đà Nẵng"]), ("Huỳnh Đức Thơ", &["Chủ tịch TP"])],
        ),
        // A department's head, a dash and the body it belongs to; a police code after a
        // dash; "Thủ trưởng Cơ quan An ninh điều tra"; "điều tra viên thuộc" a unit.
        (
            "Thẩm phán Nghiêm Thị Lượng – Chánh tòa Hình sự - Tòa án Nhân dân tỉnh Bắc Ninh sẽ ngồi ghế chủ tọa.",
            &[("Nghiêm Thị Lượng", &["Thẩm phán", "Chánh tòa Hình sự - Tòa án Nhân dân tỉnh Bắc Ninh"])],
        ),
        (
            "Thượng tá Nguyễn Anh Tuấn, Trưởng phòng An ninh điều tra - PA92, Phó thủ trưởng Cơ quan An ninh điều tra; Đại úy Nguyễn Văn Thanh, điều tra viên thuộc Phòng Cảnh sát hình sự (PC45 Công an tỉnh Hà Tĩnh) về hành vi.",
            &[
                (
                    "Nguyễn Anh Tuấn",
                    &["Trưởng phòng An ninh điều tra - PA92", "Phó thủ trưởng Cơ quan An ninh điều tra"],
                ),
                ("Nguyễn Văn Thanh", &["điều tra viên thuộc Phòng Cảnh sát hình sự"]),
            ],
        ),
        // "TT- Huế" with its dash spaced.
        (
            "Sáng 25/5, Đại tá Đặng Ngọc Sơn – Phó Giám đốc Công an tỉnh TT- Huế - cho biết.",
            &[("Đặng Ngọc Sơn", &["Phó Giám đốc Công an tỉnh TT- Huế"])],
        ),
        // Two syllables after a name's post ending in a local body are its place.
        (
            "Chiều 21-6, ông Lê Hoàng Phụng, Bí thư Thành ủy Bảo Lộc (Lâm Đồng) cho biết. Trưởng Ban Tuyên giáo Trung ương Võ Văn Thưởng, Bộ trưởng Bộ Công an Tô Lâm dự.",
            &[
                ("Lê Hoàng Phụng", &["Bí thư Thành ủy Bảo Lộc"]),
                ("Võ Văn Thưởng", &["Trưởng Ban Tuyên giáo Trung ương"]),
                ("Tô Lâm", &["Bộ trưởng Bộ Công an"]),
            ],
        ),
        // A capitalised department named by a lowercase known field before its parent; a
        // run with a middle name after "TP" is a person.
        (
            "Ông Hải và Trưởng Ban tuyên giáo Thành ủy Thân Thị Thư. Phó Bí thư Thành ủy TP Tất Văn Cang dự.",
            &[
                ("Thân Thị Thư", &["Trưởng Ban tuyên giáo Thành ủy"]),
                ("Tất Văn Cang", &["Phó Bí thư Thành ủy TP"]),
            ],
        ),
        // After a count, the title before the first name is each listed name's.
        (
            "Tổng Bí thư Nguyễn Phú Trọng cùng hai ĐBQH Trần Thị Phương Hoa, Nguyễn Doãn Anh đã tiếp xúc cử tri.",
            &[
                ("Nguyễn Phú Trọng", &["Tổng Bí thư"]),
                ("Trần Thị Phương Hoa", &["ĐBQH"]),
                ("Nguyễn Doãn Anh", &["ĐBQH"]),
            ],
        ),
        // "là", a rank in lowercase and a comma before the post; a post given to a given
        // name goes to the one person named in full with it when no official has it.
        (
            "Trao huy hiệu cho ông Trần Thăng Phúc (89 tuổi) và bà Hoàng Thị Thường. Ông Phúc là đại tá, nguyên Giám đốc Sở Y tế. Bà Thường hiện giữ chức Trưởng ban Quân y Nhà máy Z751.",
            &[
                ("Trần Thăng Phúc", &["nguyên Giám đốc Sở Y tế"]),
                ("Hoàng Thị Thường", &["Trưởng ban Quân y Nhà máy Z751"]),
            ],
        ),
        // A journalist's or a lawyer's post is no public office.
        (
            "Trung tướng Đỗ Kim Tuyến - Phó Tổng cục trưởng Tổng cục Cảnh sát (Bộ Công an) nói về nhà báo Lê Duy Phong – Trưởng ban Bạn đọc Báo điện tử Giáo dục Việt Nam. Luật sư Vi Văn Diện - Giám đốc Cty Luật Thiên Minh - cho rằng.",
            &[("Đỗ Kim Tuyến", &["Phó Tổng cục trưởng Tổng cục Cảnh sát"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 14 (the former test6 and the rest of dev): general forms of news prose.
#[test]
fn dev_round_14_officials() {
    let cases: &[Case] = &[
        // A bare capitalised "Đại biểu" right before a name, and a constituency in
        // parentheses before the posts; "đại biểu" alone is no title.
        (
            "Đại biểu Phạm Minh Chính (Quảng Ninh), Trưởng Ban Tổ chức Trung ương cho biết. Ông Lê Văn Bình, đại biểu dự hội nghị, nói.",
            &[("Phạm Minh Chính", &["Đại biểu", "Trưởng Ban Tổ chức Trung ương"])],
        ),
        // "Phó" before a generic body that names its place or parent: its deputy head.
        (
            "gồm ông Nguyễn Văn Đàn (Phó Công an xã) và bà Lê Thị Hoa, Phó Văn phòng Ủy ban chứng khoán Nhà nước.",
            &[
                ("Nguyễn Văn Đàn", &["Phó Công an xã"]),
                ("Lê Thị Hoa", &["Phó Văn phòng Ủy ban chứng khoán Nhà nước"]),
            ],
        ),
        // An ethnic name's syllable joined by an apostrophe is a capitalised word.
        (
            "ông Y Quý B’Krông, Chủ tịch UBND xã Ea Kao, cho biết.",
            &[("Y Quý B’Krông", &["Chủ tịch UBND xã Ea Kao"])],
        ),
        // A body written as an unknown acronym keeps lowercase descriptors before a place,
        // or its own capitalised name.
        (
            "ông Trương Quý Dương, Giám đốc BV đa khoa Hòa Bình sẽ được xem xét. Anh Phan Thanh Hải, Chủ tịch CĐ Meiko, than thở.",
            &[
                ("Trương Quý Dương", &["Giám đốc BV đa khoa Hòa Bình"]),
                ("Phan Thanh Hải", &["Chủ tịch CĐ Meiko"]),
            ],
        ),
        // A post set off by dashes runs to the closing dash.
        (
            "ông Phạm Quốc Tuấn - Trưởng ban Quản lý các KCN Hà Nội - đồng chủ trì hội nghị.",
            &[("Phạm Quốc Tuấn", &["Trưởng ban Quản lý các KCN Hà Nội"])],
        ),
        // After an honorific, a Vietnamese name whose family name the list lacks, with
        // posts; an open body named by its kind keeps lowercase descriptors before its
        // place. (A foreign name without Vietnamese marks is no such name.)
        (
            "bà Phú Thị Cẩm - Hiệu trưởng trường THPT chuyên Bạc Liêu không đủ chuẩn. Ông Lee Hsien Loong, Thủ tướng Singapore, phát biểu.",
            &[("Phú Thị Cẩm", &["Hiệu trưởng trường THPT chuyên Bạc Liêu"])],
        ),
        // A front's presidium.
        (
            "ông Nguyễn Túc, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam cho rằng.",
            &[("Nguyễn Túc", &["Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"])],
        ),
        // A body's free name stops before a capitalised verb phrase opening the next
        // sentence, and keeps "Nông thôn" (a lowercase syllable after a lone capital, not
        // the administrative noun "thôn").
        (
            "bà Trần Thị Thanh Thanh, nguyên Bộ trưởng, Chủ nhiệm Ủy ban Bảo vệ Chăm sóc trẻ em VN Phát biểu chỉ đạo tại buổi lễ. Theo ông Nguyễn Thành Hưng, Phó Viện trưởng Viện Quy hoạch Đô thị và Nông thôn Quốc gia, Bộ Xây dựng, quy hoạch được duyệt.",
            &[
                ("Trần Thị Thanh Thanh", &["nguyên Bộ trưởng", "Chủ nhiệm Ủy ban Bảo vệ Chăm sóc trẻ em VN"]),
                ("Nguyễn Thành Hưng", &["Phó Viện trưởng Viện Quy hoạch Đô thị và Nông thôn Quốc gia"]),
            ],
        ),
        // Career histories: "giữ các cương vị …" after a given name; "là" and a Party
        // committee's membership.
        (
            "cảnh cáo bà Phan Thị Mỹ Thanh - Phó Bí thư Tỉnh ủy. Đây là thời gian bà Thanh giữ các cương vị Tỉnh ủy viên, giám đốc Sở Công Thương, Bí thư Huyện ủy Nhơn Trạch. Tuy nhiên, bà Thanh là Thị ủy viên nên đơn vị đã báo cáo.",
            &[(
                "Phan Thị Mỹ Thanh",
                &["Phó Bí thư Tỉnh ủy", "Tỉnh ủy viên", "giám đốc Sở Công Thương", "Bí thư Huyện ủy Nhơn Trạch", "Thị ủy viên"],
            )],
        ),
        // Posts lost after a comma ("cách chức … nhiệm kỳ … và …, bao gồm cách chức cả các
        // chức vụ …") and left ("thôi nhiệm vụ"); "ông A cách chức …" is A removing someone.
        (
            "kỷ luật ông Võ Kim Cự, cách chức ủy viên Ban Thường vụ Tỉnh ủy nhiệm kỳ 2005 - 2010 và 2010 - 2015, bao gồm cách chức cả các chức vụ Bí thư Ban cán sự đảng UBND tỉnh, Phó bí thư Tỉnh ủy. Nghị quyết cho ông Lê Văn Tâm thôi nhiệm vụ ĐBQH khóa 14. Ông Nguyễn Văn An cách chức Giám đốc Sở Y tế.",
            &[
                ("Võ Kim Cự", &["ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Ban cán sự đảng UBND tỉnh", "Phó bí thư Tỉnh ủy"]),
                ("Lê Văn Tâm", &["ĐBQH"]),
            ],
        ),
        // Posts left or taken later in the sentence, also after a title-first name; not
        // past another person's honorific or rank.
        (
            "nguyên Chủ tịch MTTQ VN Nguyễn Thiện Nhân có lời chia sẻ sau khi được cho thôi trách nhiệm Chủ tịch, ủy viên Đoàn Chủ tịch, ủy viên UB TƯ MTTQ VN tại hội nghị. Ông Đỗ Đình Hùng đã có 21 năm công tác tại UBND xã Quế Long, đến tháng 6.2016 thì giữ chức Bí thư Đảng ủy xã. Quyết định do Thứ trưởng Vương Duy Biên ký, về việc bổ nhiệm NSƯT Chí Trung đảm nhiệm vị trí Giám đốc Nhà hát Tuổi trẻ.",
            &[
                ("Nguyễn Thiện Nhân", &["nguyên Chủ tịch MTTQ VN", "Chủ tịch", "ủy viên Đoàn Chủ tịch", "ủy viên UB TƯ MTTQ VN"]),
                ("Đỗ Đình Hùng", &["Bí thư Đảng ủy xã"]),
                ("Vương Duy Biên", &["Thứ trưởng"]),
            ],
        ),
        // Guards: an acronym's capitalised word before a lowercase one is a word cut in two;
        // a bare title after a constituency opens the next clause; a post put to someone
        // else brought in later is not the subject's.
        // (round 25: a lowercase "đại biểu" before a name and a province in parentheses is
        // a deputy's title, as the gold of the former `test10` reads it)
        (
            "ông Trần Văn Bình, Giám đốc HTX Sản xuất Đồng Tâm cho biết. Theo đại biểu Cao Thị Xuân (Thanh Hóa), Bộ trưởng đã chỉ ra ba hạn chế. Bà Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội bày tỏ vui mừng vì đã giới thiệu được một cá nhân xuất sắc đảm nhiệm cương vị Chủ tịch Hội Hữu nghị.",
            &[
                ("Trần Văn Bình", &["Giám đốc HTX"]),
                ("Cao Thị Xuân", &["đại biểu"]),
                ("Nguyễn Thị Kim Ngân", &["Chủ tịch Quốc hội"]),
            ],
        ),
        // "của" between a bare head and its body.
        (
            "Đồng chí Mai Tiến Dũng, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ, Người Phát ngôn của Chính phủ chủ trì.",
            &[("Mai Tiến Dũng", &["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ", "Người Phát ngôn của Chính phủ"])],
        ),
        // A past post before the name, its place in parentheses, a comma and an honorific.
        (
            "Theo tìm hiểu, khi còn làm Giám đốc trung tâm Y tế huyện Kim Bôi (Hòa Bình), ông Trương Quý Dương bị tố cáo.",
            &[("Trương Quý Dương", &["Giám đốc trung tâm Y tế huyện Kim Bôi"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_16_officials() {
    let cases: &[Case] = &[
        // A body's name in sentence case runs on through lowercase words to what closes it:
        // a name that is no person's, a place, an abbreviation, a parenthesised one.
        (
            "bà Nguyễn Thị Bình, Chủ tịch Quỹ văn hóa Phan Châu Trinh, cho biết. Ông Nguyễn Văn Huyện, Tổng cục trưởng Tổng cục đường bộ VN đã xác nhận.",
            &[
                ("Nguyễn Thị Bình", &["Chủ tịch Quỹ văn hóa Phan Châu Trinh"]),
                ("Nguyễn Văn Huyện", &["Tổng cục trưởng Tổng cục đường bộ VN"]),
            ],
        ),
        (
            "ông Lê Nguyễn Minh Quang, trưởng Ban Quản lý đường sắt đô thị TPHCM cho biết. Theo ông Phan Văn Toàn -Phó Vụ trưởng Vụ Bảo hiểm y tế (BHYT), Bộ Y tế, mức đóng giữ nguyên.",
            &[
                ("Lê Nguyễn Minh Quang", &["trưởng Ban Quản lý đường sắt đô thị TPHCM"]),
                // (with the body's abbreviation since round 40, as dev's gold writes it)
                ("Phan Văn Toàn", &["Phó Vụ trưởng Vụ Bảo hiểm y tế (BHYT)"]),
            ],
        ),
        // ... with no province after a comma when no locality closed it.
        (
            "ông Nguyễn Bá Linh, Phó Giám đốc Trung tâm bảo tồn di sản Thành Nhà Hồ, tỉnh Thanh Hóa cho biết.",
            &[("Nguyễn Bá Linh", &["Phó Giám đốc Trung tâm bảo tồn di sản Thành Nhà Hồ"])],
        ),
        // Title first: the lowercase words run to the holder's name.
        (
            "Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm Phạm Tuấn Ngọc cho biết. Trưởng đoàn là Phó Tổng cục trưởng Tổng cục thể dục thể thao Trần Đức Phấn cùng 10 phó đoàn.",
            &[
                ("Phạm Tuấn Ngọc", &["Cục trưởng Cục Đăng ký quốc gia giao dịch bảo đảm"]),
                ("Trần Đức Phấn", &["Phó Tổng cục trưởng Tổng cục thể dục thể thao"]),
            ],
        ),
        // Guards: a verb after a body named by its field; a place whose name reads as a
        // person's ends no tail.
        (
            "Giám đốc Sở Y tế khẳng định Nguyễn Văn An sai. Giám đốc và Phó Giám đốc Trung tâm bồi dưỡng chính trị TP Bảo Lộc bị tạm đình chỉ công tác.",
            &[],
        ),
        // A name glued by a hyphen to the post after it.
        (
            "gồm các ông: Hà Văn Tiên-nguyên Trưởng phòng TN-MT; Nguyễn Anh Dũng-nguyên Trưởng phòng NN&PTNT; Nguyễn Vỹ Cường-nguyên cán bộ địa chính xã. Đoàn thăm Mát-xcơ-va và Bà Rịa-Vũng Tàu, ông Lê Văn Nam-Phó Chủ tịch UBND tỉnh cho biết.",
            &[
                ("Hà Văn Tiên", &["nguyên Trưởng phòng TN-MT"]),
                ("Nguyễn Anh Dũng", &["nguyên Trưởng phòng NN&PTNT"]),
                ("Lê Văn Nam", &["Phó Chủ tịch UBND tỉnh"]),
            ],
        ),
        // A post taken "later in the sentence" is not the speaker's when a comma, an
        // honorific and the next person's name follow it.
        (
            "ông Bạch Chơn Đông – PGĐ Sở Nội vụ tỉnh TT-Huế cho biết, trước khi được bổ nhiệm giữ chức Phó trưởng phòng Tài chính- Kế hoạch huyện A Lưới, ông Hồ Thanh Hà từng làm nhân viên.",
            &[
                ("Bạch Chơn Đông", &["PGĐ Sở Nội vụ tỉnh TT-Huế"]),
                ("Hồ Thanh Hà", &["Phó trưởng phòng Tài chính- Kế hoạch huyện A Lưới"]),
            ],
        ),
        // After its holder's name, a title's tail reads a name as the body's ("Nguyễn
        // Phước Tộc", a clan).
        (
            "Ông Tôn Thất Viễn Bào, Chủ tịch Hội đồng trị sự Nguyễn Phước Tộc cho biết.",
            &[("Tôn Thất Viễn Bào", &["Chủ tịch Hội đồng trị sự Nguyễn Phước Tộc"])],
        ),
        // Guards: no holder from a place's name ("châu Âu", "Thái Bình Dương"), a name of
        // two syllables or an uncommon family name; no tail past ten tokens of body; two
        // capitalised syllables after "Trưởng khoa" name the department.
        (
            "Chủ tịch Hội đồng châu Âu Donald Tusk nói. Vụ trưởng Vụ châu Âu Lê Dũng cho biết. Cựu tư lệnh bộ chỉ huy Thái Bình Dương Mỹ nói. Phó Giám đốc Công ty Du lịch Transviet Không phải đóng cửa Chuyên gia kinh tế cao cấp Lê Đăng Doanh đánh giá. Trưởng Khoa Tiết Niệu Bệnh viện Việt Đức cho biết.",
            &[],
        ),
        // (a name right after "Trưởng khoa" is read as the holder's before any department)
        ("Trưởng khoa Lê Dũng cho biết.", &[("Lê Dũng", &["Trưởng khoa"])]),
        // A steering committee's remit in sentence case after "về".
        (
            "Chiều 11/7, Bộ trưởng Bộ NN&PTNT kiêm Trưởng ban chỉ đạo T.Ư về Phòng chống thiên tai Nguyễn Xuân Cường ký.",
            &[("Nguyễn Xuân Cường", &["Bộ trưởng Bộ NN&PTNT kiêm Trưởng ban chỉ đạo T.Ư về Phòng chống thiên tai"])],
        ),
        // An open body named by an unknown acronym of five letters has its name: the title
        // and name after a first holder are the next person's.
        (
            "Trong đó là Giám đốc Sở Văn hóa Thể thao Tô Văn Động, Giám đốc Trung tâm HLTTQG Nguyễn Mạnh Hùng… Đây không phải lần đầu.",
            &[
                ("Tô Văn Động", &["Giám đốc Sở Văn hóa Thể thao"]),
                ("Nguyễn Mạnh Hùng", &["Giám đốc Trung tâm HLTTQG"]),
            ],
        ),
        // A minister's ministry named by its field alone.
        (
            "Bộ trưởng Tài chính Đinh Tiến Dũng cho biết. Thứ trưởng Quốc phòng, Thượng tướng Nguyễn Chí Vịnh nói. Bộ trưởng Văn hóa, Thể thao & Du lịch Nguyễn Ngọc Thiện đã ký.",
            &[
                ("Đinh Tiến Dũng", &["Bộ trưởng Tài chính"]),
                ("Nguyễn Chí Vịnh", &["Thứ trưởng Quốc phòng"]),
                ("Nguyễn Ngọc Thiện", &["Bộ trưởng Văn hóa, Thể thao & Du lịch"]),
            ],
        ),
        // A dash right before the name after a title naming its body.
        (
            "Chủ tịch UBND huyện Thạch Hà - Trần Việt Hà cho hay: “Tôi rất buồn”.",
            &[("Trần Việt Hà", &["Chủ tịch UBND huyện Thạch Hà"])],
        ),
        // Heads of a faculty or a hospital's department, with its name in sentence case;
        // a deputy commander.
        (
            "thầy Lưu Hồng Minh - Trưởng khoa Xã hội học, Học viện Báo chí và Tuyên truyền - nhận định. Bác sĩ Nguyễn Văn An, Phó trưởng khoa Hồi sức cấp cứu Bệnh viện Bạch Mai cho biết. Ông Vũ Huy Cường, Chỉ huy phó công trình cầu cho biết.",
            &[
                ("Lưu Hồng Minh", &["Trưởng khoa Xã hội học"]),
                ("Nguyễn Văn An", &["Phó trưởng khoa Hồi sức cấp cứu Bệnh viện Bạch Mai"]),
                ("Vũ Huy Cường", &["Chỉ huy phó"]),
            ],
        ),
        // A degree set off by commas between the name and the posts; a teachers' university
        // written short; the emulation council (no exam board).
        (
            "bổ nhiệm lại ông Nguyễn Văn Thuận, PGS.TS, Phó Hiệu trưởng Trường ĐHSP Huế nhiệm kỳ 2011-2016. Ông Nguyễn Tiến Nhường, Phó Chủ tịch Thường trực UBND, Chủ tịch Hội đồng Thi đua-Khen thưởng tỉnh Bắc Ninh, cho biết.",
            &[
                ("Nguyễn Văn Thuận", &["Phó Hiệu trưởng Trường ĐHSP Huế"]),
                ("Nguyễn Tiến Nhường", &["Phó Chủ tịch Thường trực UBND", "Chủ tịch Hội đồng Thi đua-Khen thưởng tỉnh Bắc Ninh"]),
            ],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_18_officials() {
    let cases: &[Case] = &[
        // After its holder's name, a post's name in sentence case runs through up to six
        // (four in round 18) lowercase words to where the clause goes on (a stop word, a verb of saying,
        // punctuation).
        (
            "ông Nguyễn Công Phương, Phó Giám đốc Trung tâm đăng kiểm cho biết bản thân phụ trách khu vực phía Nam. Phóng viên đã liên hệ với ông Đào Hồng Đức, Giám đốc Trung tâm đăng kiểm và ông Vũ Thái Hệ, Phó Giám đốc Trung tâm đăng kiểm nhưng không nhận được phản hồi.",
            &[
                ("Nguyễn Công Phương", &["Phó Giám đốc Trung tâm đăng kiểm"]),
                ("Đào Hồng Đức", &["Giám đốc Trung tâm đăng kiểm"]),
                ("Vũ Thái Hệ", &["Phó Giám đốc Trung tâm đăng kiểm"]),
            ],
        ),
        (
            "Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, Chủ tịch Ủy ban An toàn giao thông quốc gia đã chủ trì Hội nghị. Bà Lê Thị Hoa, Giám đốc Trung tâm trợ giúp pháp lý nói.",
            &[
                ("Trương Hòa Bình", &["Phó Thủ tướng Thường trực Chính phủ", "Chủ tịch Ủy ban An toàn giao thông quốc gia"]),
                ("Lê Thị Hoa", &["Giám đốc Trung tâm trợ giúp pháp lý"]),
            ],
        ),
        // ... "dự án" (a project) is a noun there; after a head ending in its body word
        // ("Trưởng phòng"), a department named in lowercase and its locality.
        (
            "Ông Trần Văn An, Trưởng ban Quản lý dự án giao thông cho biết. Ông Lê Văn Ba, Trưởng phòng tư pháp huyện Đại Lộc nói. Ông Đỗ Văn Tư, Trưởng phòng cho biết.",
            &[
                ("Trần Văn An", &["Trưởng ban Quản lý dự án giao thông"]),
                ("Lê Văn Ba", &["Trưởng phòng tư pháp huyện Đại Lộc"]),
                ("Đỗ Văn Tư", &["Trưởng phòng"]),
            ],
        ),
        // ... not after a name closed by a capitalised word, nor over a verb ending the run.
        (
            "Công văn do ông Nguyễn Xuân Nguyên, Giám đốc Công ty Đại Nguyên Dương ký. Ông Lê Hoàng Phong, giám đốc Công ty ký. Ông Huỳnh Ngọc Long, Giám đốc trung tâm giới thiệu việc làm Đồng Nai cho biết.",
            &[
                ("Nguyễn Xuân Nguyên", &["Giám đốc Công ty Đại Nguyên Dương"]),
                ("Lê Hoàng Phong", &["giám đốc Công ty"]),
                ("Huỳnh Ngọc Long", &["Giám đốc trung tâm giới thiệu việc làm Đồng Nai"]),
            ],
        ),
        // ... not after "Chánh Văn phòng" (no department's head), not past "kiêm".
        (
            "Ông Nguyễn Tấn Khương, Chánh Văn phòng kiêm người phát ngôn của UBND tỉnh Bạc Liêu cho biết.",
            &[("Nguyễn Tấn Khương", &["Chánh Văn phòng kiêm người phát ngôn của UBND tỉnh Bạc Liêu"])],
        ),
        // "xã hội" (society) in a body's name is no commune.
        (
            "bà Lê Thị Thu, Giám đốc Trung tâm công tác xã hội cho biết.",
            &[("Lê Thị Thu", &["Giám đốc Trung tâm công tác xã hội"])],
        ),
        // Guards: not past six words (four in round 18, six since dev round 20); not title
        // first, with no holder's name.
        (
            "Ông Lê Văn Nam, Giám đốc Trung tâm kiểm định chất lượng nông sản thủy sản cho biết. Giám đốc Trung tâm đăng kiểm cho biết.",
            &[("Lê Văn Nam", &["Giám đốc Trung tâm"])],
        ),
        // A department's head named with its field, "Cục" left out, where the clause goes
        // on; a faculty's department of up to three capitalised words.
        (
            "ông Phạm Trọng Đạt - Cục trưởng Chống tham nhũng, Thanh tra Chính phủ, đặt câu hỏi. Bác sĩ Nguyễn Vũ Trung, Trưởng Khoa Răng Hàm Mặt, BV Đa khoa Hà Đông nói.",
            &[
                ("Phạm Trọng Đạt", &["Cục trưởng Chống tham nhũng"]),
                ("Nguyễn Vũ Trung", &["Trưởng Khoa Răng Hàm Mặt"]),
            ],
        ),
        // Guards: a name after the head is the holder's; a field running into the clause
        // with no end gives none.
        (
            "Cục trưởng Lương Ngọc Khuê chủ trì cuộc họp. Ông Lê Văn Ba, Vụ trưởng Pháp chế sửa đổi quy định mới về thuế cho doanh nghiệp nhỏ.",
            &[("Lương Ngọc Khuê", &["Cục trưởng"]), ("Lê Văn Ba", &["Vụ trưởng"])],
        ),
        // "ĐB", a deputy, only right before a name.
        (
            "Trả lời chất vấn của ĐB Trịnh Ngọc Phương (Tây Ninh) về việc giá thuốc. Nhiều ĐB cho rằng giá thuốc cao; các ĐB Quốc hội chất vấn.",
            &[("Trịnh Ngọc Phương", &["ĐB"])],
        ),
        // ... and after a comma and another person's title it opens that person ("chất vấn
        // Bộ trưởng X, ĐB A (Bình Định) nói": no chain).
        (
            "Chưa đồng tình với phần giải trình của Tổng Giám đốc BHXH Việt Nam, ĐB Phạm Khánh Phong Lan (TP.HCM) đã tranh luận lại.",
            &[("Phạm Khánh Phong Lan", &["ĐB"])],
        ),
        // "phụ trách" between a deputy's head and the body he is in charge of (not a
        // field).
        (
            "Ông Nguyễn Đức Hữu, Phó Vụ trưởng phụ trách Vụ Giáo dục Tiểu học cho hay. Ông Lê Văn Tám, Phó Giám đốc phụ trách kỹ thuật, cho biết.",
            &[("Nguyễn Đức Hữu", &["Phó Vụ trưởng phụ trách Vụ Giáo dục Tiểu học"])],
        ),
        // "Phó phòng", a department's deputy head.
        (
            "Ông Lê Đình Quyết, Phó phòng Dự báo khí tượng, Đài Khí tượng Thủy văn khu vực Nam Bộ, cho biết. Ông Phạm Ly Kha, Phó phòng Tài nguyên và Môi trường huyện vào can ngăn.",
            &[
                ("Lê Đình Quyết", &["Phó phòng Dự báo khí tượng"]),
                ("Phạm Ly Kha", &["Phó phòng Tài nguyên và Môi trường huyện"]),
            ],
        ),
        // "hiện là", "hiện đang là": the post now held, when it names its body.
        (
            "Ông Hoàng Quốc Khánh hiện là ủy viên Ban Thường vụ Tỉnh ủy Sơn La. Bà Lê Thị Hoa, hiện đang là Phó Chủ tịch UBND huyện, cho biết. Ông Lê Văn Ba hiện là người đứng đầu tỉnh; ông Trần Văn Tư hiện là Giám đốc.",
            &[
                ("Hoàng Quốc Khánh", &["ủy viên Ban Thường vụ Tỉnh ủy Sơn La"]),
                ("Lê Thị Hoa", &["Phó Chủ tịch UBND huyện"]),
            ],
        ),
        // A caption's name glued to a pronoun opening the next sentence.
        (
            "Tổng cục trưởng Tổng cục Du lịch Nguyễn Văn Tuấn Chúng tôi cũng cung cấp thông tin.",
            &[("Nguyễn Văn Tuấn", &["Tổng cục trưởng Tổng cục Du lịch"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 20 (issue 11 point 3, second round): forms of a fresh probe of unseen news.
#[test]
fn dev_round_20_officials() {
    let cases: &[Case] = &[
        // A term between the title and the name is skipped (terms are left out of titles).
        (
            "Theo đại biểu Quốc hội khóa XI Nguyễn Ngọc Trân, dự án cần xem lại.",
            &[("Nguyễn Ngọc Trân", &["đại biểu Quốc hội"])],
        ),
        (
            "Bí thư Tỉnh ủy nhiệm kỳ 2015 - 2020 Nguyễn Văn Danh phát biểu.",
            &[("Nguyễn Văn Danh", &["Bí thư Tỉnh ủy"])],
        ),
        // (not inside a body's name: "Nhóm nữ đại biểu Quốc hội")
        (
            "Phó Chủ tịch Thường trực Quốc hội, Chủ tịch Nhóm nữ đại biểu Quốc hội Việt Nam khóa XIV Tòng Thị Phóng đã báo cáo.",
            &[],
        ),
        // "Phó" (either case) before a generic body with its place, written in lowercase.
        (
            "Sáng 3/6, ông Nguyễn Thế Thành, phó công an xã Nghĩa Bình cho biết, một vụ tai nạn đã xảy ra. Ông Nguyễn Văn Tâm, Phó công an huyện Nghĩa Đàn, cũng có mặt. Bộ đội ứng phó Công an xã nói vậy.",
            &[
                ("Nguyễn Thế Thành", &["phó công an xã Nghĩa Bình"]),
                ("Nguyễn Văn Tâm", &["Phó công an huyện Nghĩa Đàn"]),
            ],
        ),
        // "Ban Bí thư" (the Secretariat) is a body, no title of the name after it.
        (
            "Theo quyết định số 439 của Ban Bí thư, ông Đỗ Đức Duy, Thứ trưởng Bộ Xây dựng được chỉ định.",
            &[("Đỗ Đức Duy", &["Thứ trưởng Bộ Xây dựng"])],
        ),
        // A department's code in parentheses, then the body it belongs to.
        (
            "Thượng tá Trần Trọng Sơn, Trưởng phòng Cảnh sát Hình sự (PC45) Công an tỉnh Gia Lai cho biết: mẫu máu không có ma túy.",
            &[
                ("Trần Trọng Sơn", &["Trưởng phòng Cảnh sát Hình sự (PC45) Công an tỉnh Gia Lai"]),
            ],
        ),
        // After its holder's name, a post's name in sentence case runs through up to six
        // lowercase words to where the clause goes on (not through a negation or a
        // pronoun).
        (
            "Ông Lê Thanh Hải - Phó tổng Giám đốc Trung tâm khí tượng thủy văn quốc gia cho biết, miền Bắc có mưa.",
            &[("Lê Thanh Hải", &["Phó tổng Giám đốc Trung tâm khí tượng thủy văn quốc gia"])],
        ),
        (
            "Bị cáo Đoàn Hùng Thắng, nguyên Trưởng phòng Quản lý công nghệ thông tin hai năm tù; Lê Tiến Dĩnh một năm tù.",
            // (dev round 66: "Quản lý" goes on with what it manages, up to the number word)
            &[("Đoàn Hùng Thắng", &["nguyên Trưởng phòng Quản lý công nghệ thông tin"])],
        ),
        (
            "Bà Ninh Thị Thu Hương, Phó cục trưởng Cục Văn hóa cơ sở không đồng tình, cho rằng cần xem lại.",
            // (dev round 37: "Văn hóa cơ sở" is the department's field, up to the negation)
            &[("Ninh Thị Thu Hương", &["Phó cục trưởng Cục Văn hóa cơ sở"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_22_officials() {
    let cases: &[Case] = &[
        // A photo caption's credit glued to the next sentence's "Ông"/"Bà" and a full name.
        (
            "Khách nước ngoài tại sân bay - Ảnh: Đào Loan Ông Võ Đức Tây, Phó Giám đốc Sở Y tế, cho biết như vậy.",
            &[("Võ Đức Tây", &["Phó Giám đốc Sở Y tế"])],
        ),
        // A body's acronym written with a spaced dash between its halves.
        (
            "ĐB Nguyễn Sỹ Cương chất vấn Bộ trưởng Bộ NN – PTNT Nguyễn Xuân Cường: vấn đề là gì?",
            &[
                ("Nguyễn Sỹ Cương", &["ĐB"]),
                ("Nguyễn Xuân Cường", &["Bộ trưởng Bộ NN – PTNT"]),
            ],
        ),
        // The title of the one on whose behalf someone acts is not the actor's.
        (
            "Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Tư pháp Lê Thành Long trình bày tờ trình. Thừa ủy quyền Thủ tướng, Bộ trưởng Bộ Tài chính Đinh Tiến Dũng báo cáo. Thay mặt Chủ tịch nước Trần Đại Quang, Thủ tướng Nguyễn Xuân Phúc đã mời.",
            &[
                ("Lê Thành Long", &["Bộ trưởng Bộ Tư pháp"]),
                ("Đinh Tiến Dũng", &["Bộ trưởng Bộ Tài chính"]),
                ("Trần Đại Quang", &["Chủ tịch nước"]),
                ("Nguyễn Xuân Phúc", &["Thủ tướng"]),
            ],
        ),
        // The holder's name is looked for after the whole title (its acronym body with a
        // spaced dash read): he acts himself, on the others' behalf.
        (
            "Thay mặt Bộ trưởng Bộ NN – PTNT Nguyễn Xuân Cường, Thứ trưởng Hà Công Tuấn trao quà.",
            &[
                ("Nguyễn Xuân Cường", &["Bộ trưởng Bộ NN – PTNT"]),
                ("Hà Công Tuấn", &["Thứ trưởng"]),
            ],
        ),
        // "làm trưởng đoàn" after a name and its chain: the team head's title is theirs.
        (
            "Đoàn thanh tra do ông Phạm Công Bình, Phó Chánh thanh tra tỉnh làm trưởng đoàn, ông Nguyễn Tiến Nghĩa, Phó Giám đốc Sở Xây dựng làm phó trưởng đoàn. Đoàn kiểm tra do Phó Giám đốc Sở Nội vụ Ngô Anh Tuấn làm trưởng đoàn đã đến.",
            &[
                ("Phạm Công Bình", &["Phó Chánh thanh tra tỉnh", "trưởng đoàn"]),
                ("Nguyễn Tiến Nghĩa", &["Phó Giám đốc Sở Xây dựng", "phó trưởng đoàn"]),
                ("Ngô Anh Tuấn", &["Phó Giám đốc Sở Nội vụ", "trưởng đoàn"]),
            ],
        ),
        // A judge's grade belongs to the post, and the chain goes on after it.
        (
            "Bổ nhiệm ông Nguyễn Văn Tiến, Thẩm phán cao cấp, Phó Chánh án Tòa án nhân dân cấp cao tại Hà Nội, vào chức danh mới.",
            &[(
                "Nguyễn Văn Tiến",
                &["Thẩm phán cao cấp", "Phó Chánh án Tòa án nhân dân cấp cao tại Hà Nội"],
            )],
        ),
        // A post's sentence-case name after its holder's name runs on through its parent
        // body, or the central level, to where the clause goes on.
        (
            "Theo ông Nguyễn Nguyên Phương – Trưởng phòng Quản lý thương mại Sở Công thương TPHCM, đề án đã xong. Có Chủ tịch nước Trần Đại Quang, Trưởng Ban Chỉ đạo cải cách tư pháp Trung ương; ông Hà phát biểu.",
            &[
                (
                    "Nguyễn Nguyên Phương",
                    &["Trưởng phòng Quản lý thương mại Sở Công thương TPHCM"],
                ),
                (
                    "Trần Đại Quang",
                    &["Chủ tịch nước", "Trưởng Ban Chỉ đạo cải cách tư pháp Trung ương"],
                ),
            ],
        ),
        // A member of a state company's members' council, and a list after "gồm".
        (
            "Các thành viên Hội đồng thành viên gồm ông Phạm Văn Mật, Nguyễn Văn Hải, Vũ Thành Lâm đều có mức thu nhập như nhau. Ông Lê Văn Hòa, thành viên HĐTV Tập đoàn Điện lực Việt Nam, cho biết.",
            &[
                ("Phạm Văn Mật", &["thành viên Hội đồng thành viên"]),
                ("Nguyễn Văn Hải", &["thành viên Hội đồng thành viên"]),
                ("Vũ Thành Lâm", &["thành viên Hội đồng thành viên"]),
                ("Lê Văn Hòa", &["thành viên HĐTV Tập đoàn Điện lực Việt Nam"]),
            ],
        ),
        // A military unit's head of logistics or political work, in a chain.
        (
            "Kỷ luật ông Đặng Quang Trung, nguyên Bí thư chi bộ, Chủ nhiệm Hậu cần - Kỹ thuật, Ban chỉ huy quân sự huyện. Thượng tá Lê Văn Nam, Chủ nhiệm Chính trị Bộ Chỉ huy quân sự tỉnh, cho biết.",
            &[
                ("Đặng Quang Trung", &["nguyên Bí thư chi bộ", "Chủ nhiệm Hậu cần - Kỹ thuật"]),
                ("Lê Văn Nam", &["Chủ nhiệm Chính trị Bộ Chỉ huy quân sự tỉnh"]),
            ],
        ),
        // A caption's name glued to the next sentence's first word, the person named in
        // full elsewhere.
        (
            "Tới dự có Chủ tịch nước Trần Đại Quang. Chủ tịch nước Trần Đại Quang Báo chí đã tích cực tuyên truyền. Bà Lê Thị Bình Phương và Lê Thị Bình, Phó Giám đốc Sở Y tế, cho biết. Bà Lê Thị Bình Phương, Giám đốc Sở Tư pháp, cho biết.",
            &[
                ("Trần Đại Quang", &["Chủ tịch nước"]),
                ("Lê Thị Bình Phương", &["Giám đốc Sở Tư pháp"]),
                ("Lê Thị Bình", &["Phó Giám đốc Sở Y tế"]),
            ],
        ),
        // "đương kim" (incumbent) before a post is left out of it.
        (
            "Ông Bích là anh trai của ông Lê Ngọc Huấn – đương kim chủ tịch UBND huyện Hương Khê. Ông Huấn xác nhận.",
            &[("Lê Ngọc Huấn", &["chủ tịch UBND huyện Hương Khê"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_24_officials() {
    let cases: &[Case] = &[
        // A ministry's fields written without their comma ("Văn hóa Thể thao và Du lịch"), as
        // 38 corpus articles write them: the minister's post reads it whole.
        (
            "Bộ trưởng Văn hóa Thể thao và Du lịch Nguyễn Ngọc Thiện cho biết như vậy.",
            &[("Nguyễn Ngọc Thiện", &["Bộ trưởng Văn hóa Thể thao và Du lịch"])],
        ),
        // A post's lowercase name joined by "và" runs on to where the clause goes on (not
        // before a person's noun).
        (
            "Ông Ngô Văn Chất, Trưởng phòng Quản lý thi và kiểm định chất lượng giáo dục (Sở GD-ĐT Hà Nội) cho biết. Ông Lê Văn Nam, Trưởng phòng quản lý đô thị và cán bộ phòng đã đến.",
            &[
                ("Ngô Văn Chất", &["Trưởng phòng Quản lý thi và kiểm định chất lượng giáo dục"]),
                ("Lê Văn Nam", &["Trưởng phòng quản lý đô thị"]),
            ],
        ),
        // A body word and one capitalised word the grammar closed, then the post's name in
        // lowercase, "tội phạm về" a field, and its parent body.
        (
            "Đại tá Nguyễn Trọng Hà, Trưởng phòng Cảnh sát điều tra tội phạm về kinh tế và tham nhũng Công an tỉnh Đắk Lắk cho biết.",
            &[(
                "Nguyễn Trọng Hà",
                &["Trưởng phòng Cảnh sát điều tra tội phạm về kinh tế và tham nhũng Công an tỉnh Đắk Lắk"],
            )],
        ),
        // A department named by a capitalised field the grammar reads as no body.
        (
            "Thượng tá Lê Văn Nam - Trưởng phòng Phòng chống phản động và chống khủng bố đến nhận công tác mới.",
            &[("Lê Văn Nam", &["Trưởng phòng Phòng chống phản động và chống khủng bố"])],
        ),
        // A sentence-case name closed by an abbreviation and its country.
        (
            "Trung tướng Đỗ Căn, Phó chủ nhiệm Tổng cục chính trị QĐND Việt Nam, cùng lãnh đạo TP.HCM khảo sát.",
            &[("Đỗ Căn", &["Phó chủ nhiệm Tổng cục chính trị QĐND Việt Nam"])],
        ),
        // A director of a department named by its field's abbreviation with "&" and place.
        (
            "Theo ông Nguyễn Hoàng Cẩm, Phó Giám đốc thường trực TT&TT TP. Đà Nẵng, việc chuyển đổi sẽ xong.",
            &[("Nguyễn Hoàng Cẩm", &["Phó Giám đốc thường trực TT&TT TP. Đà Nẵng"])],
        ),
        // A hospital's department named in mixed case; the central level after an acronym
        // body.
        (
            "BS Phạm Thị Thanh Tâm, Trưởng khoa Hồi sức Sơ sinh của bệnh viện cho biết. Thiếu tướng Nguyễn Văn Hạnh, Chánh án TAQS Trung ương; các Thẩm phán dự.",
            &[
                ("Phạm Thị Thanh Tâm", &["Trưởng khoa Hồi sức Sơ sinh"]),
                ("Nguyễn Văn Hạnh", &["Chánh án TAQS Trung ương"]),
            ],
        ),
        // An association, a school or a newspaper the grammar does not read, named in
        // sentence case after the holder's name (not a historical figure's name).
        (
            "GS.TS Nguyễn Gia Khánh, Phó chủ tịch Hội Nhi khoa Việt Nam nhấn mạnh việc này. Ông Nguyễn Mạnh Hồng, Tổng Biên tập Báo Công lý, phát biểu. Đồng chí Nguyễn Chí Thanh, Chủ nhiệm Tổng cục Chính trị, cùng Tổng Bí thư Trường Chinh đã đến.",
            &[
                ("Nguyễn Gia Khánh", &["Phó chủ tịch Hội Nhi khoa Việt Nam"]),
                ("Nguyễn Mạnh Hồng", &["Tổng Biên tập Báo Công lý"]),
                ("Nguyễn Chí Thanh", &["Chủ nhiệm Tổng cục Chính trị"]),
            ],
        ),
        // A body's number and its place, where the clause goes on (not a duration).
        (
            "Bác sỹ Nguyễn Đình Phú - Phó Giám đốc Bệnh viện Nhân dân 115 Thành phố Hồ Chí Minh cho biết. Ông Nguyễn Văn Hải, Giám đốc Sở Y tế 10 năm qua đã làm.",
            &[
                (
                    "Nguyễn Đình Phú",
                    &["Phó Giám đốc Bệnh viện Nhân dân 115 Thành phố Hồ Chí Minh"],
                ),
                ("Nguyễn Văn Hải", &["Giám đốc Sở Y tế"]),
            ],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_25_officials() {
    let cases: &[Case] = &[
        // A board named by what it does, longer than the unit grammar reads, after the
        // holder's name (`board_name`): its lowercase name, a verb naming its task first,
        // "các" inside, then its place or region, where the clause goes on.
        (
            "Ông Phạm Văn Duân, Phó Giám đốc Ban quản lý đầu tư xây dựng công trình giao thông Hà Nội, cho biết. Theo ông Lê Văn Phúc, Phó Trưởng ban phụ trách Ban thực hiện chính sách bảo hiểm y tế (BHXH VN), đã có hiện tượng này.",
            &[
                (
                    "Phạm Văn Duân",
                    &["Phó Giám đốc Ban quản lý đầu tư xây dựng công trình giao thông Hà Nội"],
                ),
                ("Lê Văn Phúc", &["Phó Trưởng ban phụ trách Ban thực hiện chính sách bảo hiểm y tế"]),
            ],
        ),
        // (and the grammar's own reading of a short one kept: "Ban quản lý rừng phòng hộ
        // huyện Tĩnh Gia")
        (
            "Ông Nguyễn Văn Tuấn - Giám đốc Ban quản lý dự án các công trình điện miền Trung cho biết. Ông Lê Văn Bình, Trưởng Ban quản lý rừng phòng hộ huyện Tĩnh Gia nói.",
            &[
                ("Nguyễn Văn Tuấn", &["Giám đốc Ban quản lý dự án các công trình điện miền Trung"]),
                ("Lê Văn Bình", &["Trưởng Ban quản lý rừng phòng hộ huyện Tĩnh Gia"]),
            ],
        ),
        // A centre's name in sentence case joined by "và" to a second lowercase run and its
        // region, up to punctuation (`and_run`); not after a field's name ("Sở Y tế").
        (
            "Ông Dương Văn Đức - Giám đốc Trung tâm Giám định bảo hiểm y tế và thanh toán đa tuyến khu vực phía Bắc (BHXH Việt Nam) cho biết. Ông Trần Văn Hải, Giám đốc Sở Y tế và phóng viên đã đến.",
            &[
                (
                    "Dương Văn Đức",
                    &["Giám đốc Trung tâm Giám định bảo hiểm y tế và thanh toán đa tuyến khu vực phía Bắc"],
                ),
                ("Trần Văn Hải", &["Giám đốc Sở Y tế"]),
            ],
        ),
        // A deputy in lowercase before a name and the province in parentheses (not a
        // company in them).
        (
            "Tại phiên thảo luận, đại biểu Lưu Bình Nhưỡng (Bến Tre) chia sẻ ý kiến. Hội nghị có đại biểu Nguyễn Văn Bình (Công ty ABC) tham dự.",
            &[("Lưu Bình Nhưỡng", &["đại biểu"])],
        ),
        // An age in parentheses between the name and the posts (not before a residence).
        (
            "Ông Lý Văn Thanh (57 tuổi), Bí thư chi bộ, Cục trưởng Cục Thống kê Gia Lai bị kỷ luật. Ông Nguyễn Văn Nam (57 tuổi), trú tại xã Hòa Minh cho biết.",
            &[("Lý Văn Thanh", &["Bí thư chi bộ", "Cục trưởng Cục Thống kê Gia Lai"])],
        ),
        // A department's lowercase name after "Trưởng ban"/"Trưởng phòng" and the holder's
        // name, then the newspaper, association or school it belongs to (`named_body`).
        (
            "Ông Lê Văn Phong, Trưởng Ban bạn đọc Báo Giáo dục Việt Nam bị bắt quả tang.",
            &[("Lê Văn Phong", &["Trưởng Ban bạn đọc Báo Giáo dục Việt Nam"])],
        ),
        // A committee of the National Assembly named by its fields without "và"
        // (`fields.txt`), then "của Quốc hội".
        (
            "Ông Võ Văn Việt - Chủ nhiệm Ủy ban Quốc phòng an ninh của Quốc hội. Ảnh: Quochoi.vn",
            &[("Võ Văn Việt", &["Chủ nhiệm Ủy ban Quốc phòng an ninh của Quốc hội"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_27_officials() {
    let cases: &[Case] = &[
        // "Vụ phó", "Cục phó", "Chi cục phó", "Viện phó" as heads with their body
        // (`titles.txt`), and the body's parent in parentheses before the name
        // (`name_for_titles`); not a lowercase "vụ" ending "nhiệm vụ" before "Phó Ban".
        (
            "Vụ phó Vụ Thể thao quần chúng (Tổng cục TDTT) Đặng Danh Tuấn cho biết chưa biết thông tin. Ông A về nhận nhiệm vụ Phó Ban Kinh tế Trung ương Ông Nguyễn Văn Bình, Ủy viên Bộ Chính trị cho biết.",
            &[
                ("Đặng Danh Tuấn", &["Vụ phó Vụ Thể thao quần chúng"]),
                ("Nguyễn Văn Bình", &["Phó Ban Kinh tế Trung ương", "Ủy viên Bộ Chính trị"]),
            ],
        ),
        (
            "Vụ trưởng Vụ Hợp tác quốc tế (Bộ Tài chính) Nguyễn Thị Hà cho biết.",
            &[("Nguyễn Thị Hà", &["Vụ trưởng Vụ Hợp tác quốc tế"])],
        ),
        // A name written in capitals, as an interview's heading writes its speakers, after
        // a title or an honorific and set off by a comma (`caps_name_at`); not inside a
        // line written in capitals.
        (
            "Đại biểu Quốc hội NGUYỄN ĐỨC SÁU, nguyên Chánh Tòa Hình sự TAND TP.HCM: Tôi nghĩ thế. Ông ĐINH VĂN QUẾ, nguyên Chánh Tòa Hình sự TAND Tối cao: Không. BỘ TRƯỞNG NGUYỄN VĂN THỂ, GIÁM ĐỐC SỞ",
            &[
                ("NGUYỄN ĐỨC SÁU", &["Đại biểu Quốc hội", "nguyên Chánh Tòa Hình sự TAND TP.HCM"]),
                ("ĐINH VĂN QUẾ", &["nguyên Chánh Tòa Hình sự TAND Tối cao"]),
            ],
        ),
        // (after a degree or a title abbreviation written in capitals)
        (
            "TS NGUYỄN VĂN HẢI, Viện trưởng Viện Kinh tế Việt Nam: Cần sửa ngay. ĐBQH LÊ THỊ HOA, Phó Trưởng ban Dân nguyện: Đồng ý.",
            &[
                ("NGUYỄN VĂN HẢI", &["Viện trưởng Viện Kinh tế Việt Nam"]),
                ("LÊ THỊ HOA", &["ĐBQH", "Phó Trưởng ban Dân nguyện"]),
            ],
        ),
        // A project board's field after "dự án", capitalised (`board_name`).
        (
            "Sáng 29/5, ông Vũ Hồng Phương, Phó tổng giám đốc Ban quản lý dự án Đường sắt cho biết: không.",
            &[("Vũ Hồng Phương", &["Phó tổng giám đốc Ban quản lý dự án Đường sắt"])],
        ),
        // A magazine after a post (`named_body`), its name keeping one lowercase word.
        (
            "Thẻ cấp cho bà Võ Thị Lệ Thủy (nguyên Trưởng Ban biên tập Tạp chí Nâm Nung, nguyên Phó chánh Văn phòng Hội VHNT tỉnh Đắk Nông,) bị thu hồi. Thẻ được ông Tô Văn Vỹ, nguyên Phó Tổng Biên tập Tạp chí Mặt trận cấp cho ông Phạm Công Minh.",
            &[
                (
                    "Võ Thị Lệ Thủy",
                    &[
                        "nguyên Trưởng Ban biên tập Tạp chí Nâm Nung",
                        "nguyên Phó chánh Văn phòng Hội VHNT tỉnh Đắk Nông",
                    ],
                ),
                ("Tô Văn Vỹ", &["nguyên Phó Tổng Biên tập"]),
            ],
        ),
        // A body's sentence-case name joined by "và" to a second one in sentence case, and
        // its parent after a dash (`and_run`); not a title after "và".
        (
            "Bà Nguyễn Xuân Thảo, Phó Cục trưởng Cục Quản lý nợ và Tài chính đối ngoại - Bộ Tài chính, cho biết. Ông Nguyễn Văn An, Giám đốc Trung tâm Giám định bảo hiểm y tế và Phó Giám đốc BHXH cho biết.",
            &[
                (
                    "Nguyễn Xuân Thảo",
                    &["Phó Cục trưởng Cục Quản lý nợ và Tài chính đối ngoại - Bộ Tài chính"],
                ),
                ("Nguyễn Văn An", &["Giám đốc Trung tâm Giám định bảo hiểm y tế"]),
            ],
        ),
        // The National Assembly's Committee for Social Affairs (`fields.txt`).
        (
            "ĐBQH Lưu Bình Nhưỡng, Ủy viên thường trực Ủy ban các vấn đề xã hội của Quốc hội nói. Ông Bùi Sỹ Lợi, Phó Chủ nhiệm Ủy ban Về các vấn đề xã hội của Quốc hội cho biết.",
            &[
                (
                    "Lưu Bình Nhưỡng",
                    &["ĐBQH", "Ủy viên thường trực Ủy ban các vấn đề xã hội của Quốc hội"],
                ),
                ("Bùi Sỹ Lợi", &["Phó Chủ nhiệm Ủy ban Về các vấn đề xã hội của Quốc hội"]),
            ],
        ),
        // A title's higher locality set off by commas before the next title of the chain
        // (`title_chain_in`), and an event's organising committee (`event_committee`).
        (
            "Ông Vũ Đình Hưng – Phó chủ tịch UBND quận Đồ Sơn, TP.Hải Phòng, Trưởng Ban tổ chức (BTC) lễ hội chọi trâu Đồ Sơn năm 2017 cho biết, đến cuối tuần.",
            &[(
                "Vũ Đình Hưng",
                &[
                    "Phó chủ tịch UBND quận Đồ Sơn",
                    "Trưởng Ban tổ chức (BTC) lễ hội chọi trâu Đồ Sơn năm 2017",
                ],
            )],
        ),
        (
            "Bà Nguyễn Thị Hào, Phó Chủ tịch UBND huyện Tiên Du, Trưởng Ban tổ chức Lễ hội Lim năm 2017 cho biết.",
            &[(
                "Nguyễn Thị Hào",
                &["Phó Chủ tịch UBND huyện Tiên Du", "Trưởng Ban tổ chức Lễ hội Lim năm 2017"],
            )],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_30_officials() {
    let cases: &[Case] = &[
        // An organisation the unit grammar reads no body of, after a post and its holder's
        // name (`organisation_body`): an association named in title or sentence case, with
        // its place.
        (
            "Ông Lê Hoàng Châu, Chủ tịch Hiệp hội Bất động sản TP.HCM, cho biết giá nhà tăng.",
            &[("Lê Hoàng Châu", &["Chủ tịch Hiệp hội Bất động sản TP.HCM"])],
        ),
        (
            "Ông Nguyễn Tùng Lâm, Chủ tịch Hội tâm lý giáo dục Hà Nội, cho rằng có nhiều nguyên nhân.",
            &[("Nguyễn Tùng Lâm", &["Chủ tịch Hội tâm lý giáo dục Hà Nội"])],
        ),
        (
            "Ông Trần Quốc Tuấn, Phó chủ tịch Liên đoàn bóng đá Việt Nam (VFF), vừa thông báo.",
            // (with the body's abbreviation since round 40, as dev's gold writes it)
            &[("Trần Quốc Tuấn", &["Phó chủ tịch Liên đoàn bóng đá Việt Nam (VFF)"])],
        ),
        // (an enterprise, a port authority, a numbered zone, a station)
        (
            "Bà Nguyễn Thủy, Giám đốc Xí nghiệp xe buýt nhanh BRT Hà Nội cho biết. Ông Lê Hồng Thắng, Giám đốc Cảng vụ Đường thủy nội địa Quảng Ninh cho biết thêm.",
            &[
                ("Nguyễn Thủy", &["Giám đốc Xí nghiệp xe buýt nhanh BRT Hà Nội"]),
                ("Lê Hồng Thắng", &["Giám đốc Cảng vụ Đường thủy nội địa Quảng Ninh"]),
            ],
        ),
        // (a joint-stock "Cty CP …" is private since round 69: a company of the state's form)
        (
            "Ông Hà Quang Hòa, Giám đốc Cty TNHH MTV Môi trường Khánh Hòa cho biết. Ông Võ Khánh Hưng, Giám đốc Khu Quản lý giao thông đô thị số 3, cho biết.",
            &[
                ("Hà Quang Hòa", &["Giám đốc Cty TNHH MTV Môi trường Khánh Hòa"]),
                ("Võ Khánh Hưng", &["Giám đốc Khu Quản lý giao thông đô thị số 3"]),
            ],
        ),
        (
            "Ông Nguyễn Thế Kỷ, Tổng Giám đốc Đài Tiếng nói Việt Nam cho biết. Ông Lưu Minh Hải, Giám đốc Đài khí tượng thủy văn tỉnh Lào Cai cho biết.",
            &[
                ("Nguyễn Thế Kỷ", &["Tổng Giám đốc Đài Tiếng nói Việt Nam"]),
                ("Lưu Minh Hải", &["Giám đốc Đài khí tượng thủy văn tỉnh Lào Cai"]),
            ],
        ),
        // A forest-ranger unit's head "Hạt trưởng" (`titles.txt`), its unit and the unit's
        // parent, another such organisation.
        (
            "Ông Thái Hữu Nhuận, Phó Hạt trưởng Hạt Kiểm lâm Khu Bảo tồn thiên nhiên Nam Nung, về hành vi sử dụng bằng giả.",
            &[(
                "Thái Hữu Nhuận",
                &["Phó Hạt trưởng Hạt Kiểm lâm Khu Bảo tồn thiên nhiên Nam Nung"],
            )],
        ),
        // A speaker named in capitals in an interview's heading is shown in title case
        // when the text writes the name so elsewhere (`assemble`).
        (
            "TS NGUYỄN VĂN HẢI, Viện trưởng Viện Kinh tế Việt Nam: Cần sửa ngay. Theo ông Nguyễn Văn Hải, việc này cần làm sớm.",
            &[("Nguyễn Văn Hải", &["Viện trưởng Viện Kinh tế Việt Nam"])],
        ),
        // A deputy's constituency after "đại biểu Quốc hội", written without its
        // administrative noun, stays in the title (the unit is the Assembly alone).
        (
            "Ông Trương Trọng Nghĩa, đại biểu Quốc hội TP.HCM, cho biết.",
            &[("Trương Trọng Nghĩa", &["đại biểu Quốc hội TP.HCM"])],
        ),
        // An envoy's post (`envoy_post`): the sending country and, after "tại", the
        // posting, before or after the name.
        (
            "Đại sứ Việt Nam tại Mỹ Phạm Quang Vinh cho biết. Ông Nguyễn Quốc Cường, Đại sứ Việt Nam tại Nhật Bản, nói.",
            &[
                ("Phạm Quang Vinh", &["Đại sứ Việt Nam tại Mỹ"]),
                ("Nguyễn Quốc Cường", &["Đại sứ Việt Nam tại Nhật Bản"]),
            ],
        ),
        // (not a clause's verb after a name of acronyms only; not a name in lowercase that
        // closes on nothing)
        (
            "Ông Nguyễn Thành Chung, Tổ trưởng Tổ TTKS nhắc nhở lái xe tiếp tục tuân thủ luật. Ông Trần Văn Hùng, Chủ tịch Hội đã nói rằng không.",
            &[("Nguyễn Thành Chung", &["Tổ trưởng"]), ("Trần Văn Hùng", &["Chủ tịch"])],
        ),
        // (a text ending on "số" with no number after it: no number past the text's end)
        (
            "Ông Võ Khánh Hưng, Giám đốc Khu quản lý số",
            &[("Võ Khánh Hưng", &["Giám đốc"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 33 (seventeenth session): one person counted twice in an article, shapes ranked
/// by corpus frequency.
#[test]
fn dev_round_33_officials() {
    let cases: &[Case] = &[
        // A caption's name glued to the next sentence's first word, before a number or any
        // lowercase word but a conjunction, when the text names the person without it
        // (`assemble`).
        (
            "Thủ tướng Nguyễn Xuân Phúc Lúc 2h sáng nay, Thủ tướng Nguyễn Xuân Phúc đã hội đàm.",
            &[("Nguyễn Xuân Phúc", &["Thủ tướng"])],
        ),
        (
            "Chủ nhiệm UB Đối ngoại Nguyễn Văn Giàu Xem lại tầm quản lý. Ông Nguyễn Văn Giàu nói.",
            &[("Nguyễn Văn Giàu", &["Chủ nhiệm UB Đối ngoại"])],
        ),
        // (not before a stop word, unless the fourth is a common word the text writes in
        // lowercase: a name of four whose first three syllables name another person)
        (
            "Bà Nguyễn Thị Thanh, Phó Giám đốc Sở Tài chính cho biết. Giám đốc Sở Y tế Nguyễn Thị Thanh Hà cho biết.",
            &[
                ("Nguyễn Thị Thanh", &["Phó Giám đốc Sở Tài chính"]),
                ("Nguyễn Thị Thanh Hà", &["Giám đốc Sở Y tế"]),
            ],
        ),
        (
            "Thứ trưởng Bùi Mạnh Hòa Đó là việc sai. Thứ trưởng Bùi Mạnh Hòa cho biết đó là lỗi.",
            &[("Bùi Mạnh Hòa", &["Thứ trưởng"])],
        ),
        // (not a name of three after a name of two: a name cut short at one mention)
        // FIXME: the expected "Võ Công" is known wrong output, pinned as it stands: it is Võ
        // Công Trí cut short, and should be counted under the full name.
        (
            "Phó Bí thư Thành ủy Võ Công Trí cho biết. Theo Phó Bí thư Võ Công, dự án chậm.",
            &[("Võ Công Trí", &["Phó Bí thư Thành ủy"]), ("Võ Công", &["Phó Bí thư"])],
        ),
        // A team head's post after the holder's chain and "làm", capitalised
        // (`team_head`).
        (
            "Đoàn công tác do đồng chí Nguyễn Phú Cường, Bí thư Tỉnh ủy làm Trưởng đoàn đã có buổi làm việc.",
            &[("Nguyễn Phú Cường", &["Bí thư Tỉnh ủy", "Trưởng đoàn"])],
        ),
        // "Đoàn" before a province's name is the province's delegation (`name_at`), not a
        // person; a person of that family name stays one.
        (
            "Chủ tịch Tổng LĐLĐVN Bùi Văn Cường, Đại biểu Quốc hội Đoàn Gia Lai cho rằng cần xem xét. Đại biểu Quốc hội Đoàn Văn Thắng nói.",
            &[
                ("Bùi Văn Cường", &["Chủ tịch Tổng LĐLĐVN", "Đại biểu Quốc hội"]),
                ("Đoàn Văn Thắng", &["Đại biểu Quốc hội"]),
            ],
        ),
        // (not after "Ông"/"Bà", with no deputy's title before it: a given name that is a
        // province's)
        (
            "Ông Đoàn Thái Bình, Giám đốc Sở Xây dựng cho biết.",
            &[("Đoàn Thái Bình", &["Giám đốc Sở Xây dựng"])],
        ),
        (
            "Đại biểu Phạm Trí Thức (Đoàn Thanh Hóa) cho rằng cần sửa luật.",
            &[("Phạm Trí Thức", &["Đại biểu"])],
        ),
        // A person named by the middle and given names, the last two syllables of exactly
        // one longer name in the text, is that person.
        (
            "Bộ trưởng Kim Tiến cho hay bệnh viện đã quá tải. Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến nhấn mạnh.",
            &[("Nguyễn Thị Kim Tiến", &["Bộ trưởng", "Bộ trưởng Bộ Y tế"])],
        ),
        // (not a short name of other titles: another person)
        (
            "Phó Thủ tướng Trần Lưu Quang dự hội nghị. Giám đốc Lưu Quang cho biết.",
            &[("Trần Lưu Quang", &["Phó Thủ tướng"]), ("Lưu Quang", &["Giám đốc"])],
        ),
        // (two longer names end alike: which one is meant is not known)
        (
            "Giám đốc Sở Y tế Nguyễn Kim Tiến cho biết. Phó Giám đốc Sở Y tế Trần Kim Tiến nói. Giám đốc Kim Tiến đề nghị.",
            &[
                ("Nguyễn Kim Tiến", &["Giám đốc Sở Y tế"]),
                ("Trần Kim Tiến", &["Phó Giám đốc Sở Y tế"]),
                ("Kim Tiến", &["Giám đốc"]),
            ],
        ),
        // A namesake's full name (`namesakes.txt`, read as an institute's name only after an
        // open body) borne by an official is his name; his rank is no title.
        (
            "Đại tá Phạm Ngọc Thạch, Trưởng Công an huyện Gia Lâm, cho biết …",
            &[("Phạm Ngọc Thạch", &["Trưởng Công an huyện Gia Lâm"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

fn check_combined(text: &str) {
    let (o, u) = find_with_units(text);
    assert_eq!(o, find(text), "officials of {text:?}");
    assert_eq!(u, crate::entities::units::find(text), "units of {text:?}");
}

#[test]
fn combined_table() {
    for text in [
        "Phó Chủ tịch UBND tỉnh Lào Cai Hoàng Quốc Khánh làm việc với Sở Y tế.",
        "Ông Nguyễn Văn Bình, Giám đốc Sở KH&ĐT TP.HCM, cho biết.",
        "",
    ] {
        check_combined(text);
    }
}

/// Dev round 36 (eighteenth session): false officials and titles by corpus frequency.
#[test]
fn dev_round_36_officials() {
    let cases: &[Case] = &[
        // A person whose every post is in a private limited company ("Công ty TNHH", not a
        // single-member state company) is no official (`assemble`, GUIDELINES.md).
        ("Ông Trần Văn Hùng, Giám đốc Công ty TNHH Xây dựng Minh Long cho biết.", &[]),
        ("Ông Lê Văn Tám, nguyên giám đốc Cty TNHH Thương mại Hoàng Phát, cho biết.", &[]),
        // (a single-member company, the form of state companies, stays; so does a person with
        // a public post besides)
        (
            "Ông Võ Văn Sơn, Giám đốc Công ty TNHH MTV Thủy lợi Bắc Hà Tĩnh cho biết.",
            &[("Võ Văn Sơn", &["Giám đốc Công ty TNHH MTV Thủy lợi Bắc Hà Tĩnh"])],
        ),
        (
            "Bà Phạm Thị Lan, Chủ tịch Công đoàn Công ty TNHH Minh Long cho biết.",
            &[("Phạm Thị Lan", &["Chủ tịch Công đoàn Công ty TNHH Minh Long"])],
        ),
        (
            "Ông Trần Văn Hùng, Đại biểu HĐND tỉnh, Giám đốc Công ty TNHH Minh Long cho biết.",
            &[("Trần Văn Hùng", &["Đại biểu HĐND tỉnh", "Giám đốc Công ty TNHH Minh Long"])],
        ),
        // A district's name of two syllables before a name of three, not one before a name of
        // four (`name_after_place`, `place_of_one`).
        (
            "Bí thư Huyện ủy Mộc Châu Hà Văn Tiến đã đến thăm.",
            &[("Hà Văn Tiến", &["Bí thư Huyện ủy Mộc Châu"])],
        ),
        // (a Thái family name, "Lường", "Quàng": `surnames.txt`)
        (
            "Phó Bí thư Huyện ủy Vân Hồ Lường Văn Tám đã đến thăm.",
            &[("Lường Văn Tám", &["Phó Bí thư Huyện ủy Vân Hồ"])],
        ),
        (
            "Chủ tịch UBND huyện Tuần Giáo Quàng Văn Hải cho biết.",
            &[("Quàng Văn Hải", &["Chủ tịch UBND huyện Tuần Giáo"])],
        ),
        // A village's name of two syllables after "trưởng thôn" / "ấp" / "xóm" is no person
        // but the title's (`LOCAL_ADMIN`, `with_village`).
        ("Theo trưởng thôn Đồng Xung, xã Đồng Tân cho biết.", &[]),
        (
            "Ông Trần Văn Chiến, Trưởng thôn Giáp Trung cho biết.",
            &[("Trần Văn Chiến", &["Trưởng thôn Giáp Trung"])],
        ),
        (
            "Ông Trần Văn Phùng, trưởng ấp Thừa Trung, xã Thừa Đức cho biết.",
            &[("Trần Văn Phùng", &["trưởng ấp Thừa Trung"])],
        ),
        (
            "Trưởng thôn Đồng Xung, ông Lê Văn Hải cho biết.",
            &[("Lê Văn Hải", &["Trưởng thôn Đồng Xung"])],
        ),
        // A department's ministry after a comma, between the title and the name
        // (`name_for_titles`).
        (
            "Phó Vụ trưởng Vụ Hợp tác quốc tế, Bộ Giáo dục và Đào tạo Phạm Văn Cường cho biết.",
            &[("Phạm Văn Cường", &["Phó Vụ trưởng Vụ Hợp tác quốc tế"])],
        ),
        (
            "Cục trưởng Cục Quản lý giá, Bộ Tài chính Nguyễn Văn Tuấn cho biết.",
            &[("Nguyễn Văn Tuấn", &["Cục trưởng Cục Quản lý giá"])],
        ),
        // (also before an honorific, as in parentheses)
        (
            "Cục trưởng Cục Quản lý giá, Bộ Tài chính ông Nguyễn Văn Tuấn cho biết.",
            &[("Nguyễn Văn Tuấn", &["Cục trưởng Cục Quản lý giá"])],
        ),
        // A company of two members, or one named "Nhà …", is private; one of a single member
        // or "nhà nước" may be the state's (`private_company`).
        ("Ông Võ Văn Sơn, Giám đốc Công ty TNHH hai thành viên Minh Long cho biết.", &[]),
        ("Ông Võ Văn Sơn, Giám đốc Công ty TNHH Nhà Xinh cho biết.", &[]),
        (
            "Ông Võ Văn Sơn, Giám đốc Công ty TNHH Nhà nước MTV Xổ số kiến thiết Hà Nội cho biết.",
            &[("Võ Văn Sơn", &["Giám đốc Công ty TNHH Nhà nước MTV Xổ số kiến thiết Hà Nội"])],
        ),
        // (a double family name of four after a place of one syllable stays whole)
        (
            "Bí thư Đảng ủy xã Hòa Nguyễn Phan Anh Tuấn cho biết.",
            &[("Nguyễn Phan Anh Tuấn", &["Bí thư Đảng ủy xã Hòa"])],
        ),
        // (a name of four after a known place of one syllable stays whole)
        (
            "Phó Bí thư Thành ủy Huế Nguyễn Thị Kim Anh cho biết.",
            &[("Nguyễn Thị Kim Anh", &["Phó Bí thư Thành ủy Huế"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// A person whose posts are all in a private company does not take a given name mentioned
/// alone from the one official of that given name (`assemble`).
#[test]
fn private_person_takes_no_short_mention() {
    let text = "Chủ tịch UBND xã Nguyễn Văn Hùng đến dự. Ông Trần Văn Hùng, Giám đốc Công ty TNHH \
                Minh Long, cũng có mặt. Ông Hùng cho biết thêm.";
    let got = find(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].name, "Nguyễn Văn Hùng");
    assert_eq!(got[0].mentions.len(), 2, "{got:?}");
}

/// Dev round 40: where a title ends, by the forms most frequent in the corpus.
#[test]
fn dev_round_40_titles() {
    let cases: &[Case] = &[
        // The body's abbreviation in parentheses after the body belongs to the title
        // (`abbrev_after_body`), and the body's place after it.
        (
            "Theo ông Phan Văn Toàn - Phó Vụ trưởng Vụ Bảo hiểm y tế (BHYT), Bộ Y tế, mức đóng giữ nguyên.",
            &[("Phan Văn Toàn", &["Phó Vụ trưởng Vụ Bảo hiểm y tế (BHYT)"])],
        ),
        (
            "Ông Trần Ngọc Thuận, Tổng giám đốc Tập đoàn Công nghiệp Cao su Việt Nam (VRG), cho biết.",
            &[("Trần Ngọc Thuận", &["Tổng giám đốc Tập đoàn Công nghiệp Cao su Việt Nam (VRG)"])],
        ),
        (
            "Bà Lê Thị Hoa, Chủ tịch Hội Chữ thập đỏ (CTĐ) tỉnh Bình Phước cho biết.",
            &[("Lê Thị Hoa", &["Chủ tịch Hội Chữ thập đỏ (CTĐ) tỉnh Bình Phước"])],
        ),
        // (before the name too, in a chain)
        (
            "Về phía doanh nghiệp có Phó Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI), Phó Chủ tịch HĐTLQG Hoàng Quang Phòng.",
            &[(
                "Hoàng Quang Phòng",
                &["Phó Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI)", "Phó Chủ tịch HĐTLQG"],
            )],
        ),
        // (not inside a chain after a comma: another's posts)
        (
            "Tiếp ông Yoon Jong Keun, Chủ tịch, Tổng Giám đốc Công ty Điện lực Nam Hàn Quốc (KOSPO), Phó Thủ tướng Trịnh Đình Dũng đánh giá cao.",
            &[("Trịnh Đình Dũng", &["Phó Thủ tướng"])],
        ),
        // (not a place in parentheses)
        (
            "Ông Đoàn Ngọc Hải, Phó Chủ tịch UBND quận 1 (TPHCM) cho biết.",
            &[("Đoàn Ngọc Hải", &["Phó Chủ tịch UBND quận 1"])],
        ),
        // A named commune's district after a comma ends the title; a numbered ward keeps its
        // district.
        (
            "Ông Đoàn Kim Bình, Chủ tịch xã Đại Tân, huyện Đại Lộc cho biết.",
            &[("Đoàn Kim Bình", &["Chủ tịch xã Đại Tân"])],
        ),
        (
            "Ông Trần Thới Đông, Phó Chủ tịch UBND phường Sơn Kỳ, quận Tân Phú cho biết.",
            &[("Trần Thới Đông", &["Phó Chủ tịch UBND phường Sơn Kỳ"])],
        ),
        (
            "Ông Bành Văn Vinh, Phó chủ tịch UBND phường 8, quận Gò Vấp cho biết.",
            &[("Bành Văn Vinh", &["Phó chủ tịch UBND phường 8, quận Gò Vấp"])],
        ),
        // A body's name in two halves joined by "và", the second capitalised (`and_caps_run`).
        (
            "Thiếu tướng Nguyễn Đức Minh, Cục trưởng Cục Công tác Đảng và Công tác quần chúng và đại diện các đơn vị đã dự.",
            &[("Nguyễn Đức Minh", &["Cục trưởng Cục Công tác Đảng và Công tác quần chúng"])],
        ),
        (
            "Ông Trương Đình Hòe, Tổng Thư ký Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP) cho biết.",
            &[(
                "Trương Đình Hòe",
                &["Tổng Thư ký Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP)"],
            )],
        ),
        // (not a second person, nor a second title)
        (
            "Có ông Huỳnh Nam Dũng, Giám đốc Công ty Minh Phát và Nguyễn Phước Hòa, Phó giám đốc Công ty Minh Phát.",
            &[
                ("Huỳnh Nam Dũng", &["Giám đốc Công ty Minh Phát"]),
                ("Nguyễn Phước Hòa", &["Phó giám đốc Công ty Minh Phát"]),
            ],
        ),
        // (before the holder's name, the locality stays in the title)
        (
            "Theo Chủ tịch UBND phường Láng Hạ, quận Đống Đa Vũ Hồng Sơn, phường đang rà soát.",
            &[("Vũ Hồng Sơn", &["Chủ tịch UBND phường Láng Hạ, quận Đống Đa"])],
        ),
        // A body word's number (`body_number`).
        (
            "Thượng tá Lê Thơm, Trưởng phòng 6 thuộc C74B, cho biết lô hàng đã bị giữ.",
            &[("Lê Thơm", &["Trưởng phòng 6"])],
        ),
        // (a residents' group's head is no official since round 69: its party cell's
        // secretary keeps the number)
        (
            "Ông Lê Hữu Khánh (Bí thư chi bộ tổ dân phố 18, phường Trần Phú) cho biết.",
            &[("Lê Hữu Khánh", &["Bí thư chi bộ tổ dân phố 18"])],
        ),
        (
            "Thiếu tướng Trần Hữu Tài - Phó chủ nhiệm Chính trị Quân khu 7 cho biết.",
            &[("Trần Hữu Tài", &["Phó chủ nhiệm Chính trị Quân khu 7"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Mends after the review of round 40 (nineteenth session): rows the round's rules stay off.
#[test]
fn review_mends_titles_19() {
    let cases: &[Case] = &[
        // `and_caps_run`: no second half after "và" before a person's noun.
        (
            "Đồng chí Nguyễn Văn Vịnh, Phó Chủ tịch UBND tỉnh Lào Cai và Lãnh đạo các sở, ngành dự.",
            &[("Nguyễn Văn Vịnh", &["Phó Chủ tịch UBND tỉnh Lào Cai"])],
        ),
        (
            "Ông Trần Văn Việt, Bí thư Tỉnh ủy Sóc Trăng và Phu nhân đã đến thăm.",
            &[("Trần Văn Việt", &["Bí thư Tỉnh ủy Sóc Trăng"])],
        ),
        (
            "Ông Lê Văn Hiền, Giám đốc Sở Tư pháp và Đại diện các ban ngành đã dự.",
            &[("Lê Văn Hiền", &["Giám đốc Sở Tư pháp"])],
        ),
        // (a capitalised "Cán bộ" opens a body's half)
        (
            "Ông Hoàng Đức Minh, Cục trưởng Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục cho biết.",
            &[("Hoàng Đức Minh", &["Cục trưởng Cục Nhà giáo và Cán bộ quản lý cơ sở giáo dục"])],
        ),
        // `abbrev_after_body`: inside a chain after a dash as after a comma, the abbreviation
        // only before a name.
        (
            "Tiếp ông Yoon Jong Keun - Tổng Giám đốc Công ty Điện lực Nam Hàn Quốc (KOSPO), Phó Thủ tướng Trịnh Đình Dũng đánh giá cao.",
            &[("Trịnh Đình Dũng", &["Phó Thủ tướng"])],
        ),
        (
            "Dự hội thảo có Phó Chủ tịch HĐTLQG, Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI) ông Vũ Tiến Lộc.",
            &[(
                "Vũ Tiến Lộc",
                &["Phó Chủ tịch HĐTLQG", "Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI)"],
            )],
        ),
        // (no byline, Roman numeral, ticker, age, place or year in parentheses)
        (
            "Ông Nguyễn Văn Phong, Giám đốc Sở Y tế (PV) cho biết.",
            &[("Nguyễn Văn Phong", &["Giám đốc Sở Y tế"])],
        ),
        (
            "Ông Nguyễn Văn Phong, Ủy viên Ban Chấp hành Trung ương Đảng (XII) cho biết.",
            &[("Nguyễn Văn Phong", &["Ủy viên Ban Chấp hành Trung ương Đảng"])],
        ),
        (
            "Ông Nguyễn Văn Phong, Giám đốc Sở Tư pháp (HT) cho biết.",
            &[("Nguyễn Văn Phong", &["Giám đốc Sở Tư pháp"])],
        ),
        (
            "Ông Nguyễn Văn Phong, Giám đốc Sở Y tế (45 tuổi) cho biết.",
            &[("Nguyễn Văn Phong", &["Giám đốc Sở Y tế"])],
        ),
        (
            "Ông Nguyễn Văn Phong, Giám đốc Sở Y tế (Mỹ) cho biết.",
            &[("Nguyễn Văn Phong", &["Giám đốc Sở Y tế"])],
        ),
        (
            "Ông Nguyễn Văn Phong, Giám đốc Sở Y tế (2017) cho biết.",
            &[("Nguyễn Văn Phong", &["Giám đốc Sở Y tế"])],
        ),
        // (the body's own known abbreviation stays)
        (
            "Ông Lê Minh Hưng, Thống đốc Ngân hàng Nhà nước (NHNN) cho biết.",
            &[("Lê Minh Hưng", &["Thống đốc Ngân hàng Nhà nước (NHNN)"])],
        ),
        // A holder named earlier in the clause ("làm", "các ông A, B, …").
        (
            "Ông Đoàn Kim Bình làm Chủ tịch UBND xã Đại Tân, huyện Đại Lộc từ năm 2015.",
            &[("Đoàn Kim Bình", &["Chủ tịch UBND xã Đại Tân"])],
        ),
        (
            "Các ông Trần Văn Nam, Lê Văn Bắc, Phó Tổng giám đốc Tập đoàn Công nghiệp Cao su Việt Nam (VRG) đã ký.",
            &[
                ("Trần Văn Nam", &["Phó Tổng giám đốc Tập đoàn Công nghiệp Cao su Việt Nam (VRG)"]),
                ("Lê Văn Bắc", &["Phó Tổng giám đốc Tập đoàn Công nghiệp Cao su Việt Nam (VRG)"]),
            ],
        ),
        // `body_number`: no counted number, no compound's number.
        (
            "Ông Lê Văn Thơm, Trưởng phòng 2 năm, cho biết.",
            &[("Lê Văn Thơm", &["Trưởng phòng"])],
        ),
        (
            "Ông Lê Văn Thơm, đội trưởng đội 11 người cho biết.",
            &[("Lê Văn Thơm", &["đội trưởng đội"])],
        ),
        (
            "Ông Lê Văn Thơm, Chánh Văn phòng 2 cho biết.",
            &[("Lê Văn Thơm", &["Chánh Văn phòng"])],
        ),
        (
            "Ông Lê Văn Thơm, Chủ tịch UBND thành phố Hải Phòng 2 cho biết.",
            &[("Lê Văn Thơm", &["Chủ tịch UBND thành phố Hải Phòng"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 45: where a title ends, the former test16's forms first, then the corpus's.
#[test]
fn dev_round_45_titles() {
    let cases: &[Case] = &[
        // ", kiêm" opens the next title, an entry of its own ("kiêm" left out).
        (
            "Ông Dương Văn Thắng, Phó Chủ tịch UBND tỉnh Tây Ninh, kiêm Trưởng Ban Chỉ đạo 389 tỉnh cho biết, số vụ giảm.",
            &[("Dương Văn Thắng", &["Phó Chủ tịch UBND tỉnh Tây Ninh", "Trưởng Ban Chỉ đạo 389 tỉnh"])],
        ),
        // (not an ad hoc team's head)
        (
            "Ông Nguyễn An Huy, Phó Chánh Thanh tra TP Hà Nội, kiêm trưởng đoàn thanh tra, cho biết như trên.",
            &[("Nguyễn An Huy", &["Phó Chánh Thanh tra TP Hà Nội"])],
        ),
        // The organising committee named without its event (`event_committee`).
        (
            "Ông Nguyễn Đắc Tài - Phó Chủ tịch UBND tỉnh Khánh Hòa, Trưởng ban tổ chức cho biết, lễ hội lớn.",
            &[("Nguyễn Đắc Tài", &["Phó Chủ tịch UBND tỉnh Khánh Hòa", "Trưởng ban tổ chức"])],
        ),
        (
            "Ông Nguyễn Tuấn Hà, Phó Chủ tịch UBND tỉnh Đắk Lắk, Phó trưởng ban tổ chức Lễ hội cho biết: lễ hội lớn.",
            &[("Nguyễn Tuấn Hà", &["Phó Chủ tịch UBND tỉnh Đắk Lắk", "Phó trưởng ban tổ chức Lễ hội"])],
        ),
        (
            "Ông Nguyễn Minh Ngọc, Phó Tổng giám đốc VPF, Trưởng ban tổ chức giải cho biết, VPF sẽ họp.",
            &[("Nguyễn Minh Ngọc", &["Phó Tổng giám đốc VPF", "Trưởng ban tổ chức giải"])],
        ),
        // A university's chair, "bộ môn" (`chair_department`).
        (
            "Ông Nguyễn Hữu Long, Trưởng bộ môn Công tác xã hội cho biết.",
            &[("Nguyễn Hữu Long", &["Trưởng bộ môn Công tác xã hội"])],
        ),
        (
            "PGS.TS Nguyễn Đình Thám - Trưởng bộ môn công nghệ và quản lý xây dựng, trường Đại học Xây dựng Hà Nội nói.",
            &[("Nguyễn Đình Thám", &["Trưởng bộ môn công nghệ và quản lý xây dựng"])],
        ),
        // A bare body noun before the body's name in lowercase (`bare_body_run`), with its
        // locality or the central level.
        (
            "Ông Nguyễn Quý Ninh, Phó chánh Văn phòng Ban chỉ huy phòng chống lụt bão thành phố Cần Thơ cho biết, sạt lở tăng.",
            &[(
                "Nguyễn Quý Ninh",
                &["Phó chánh Văn phòng Ban chỉ huy phòng chống lụt bão thành phố Cần Thơ"],
            )],
        ),
        (
            "Ông Nguyễn Thế Trung, Ủy viên Hội đồng lý luận T.Ư, nhận định nông nghiệp còn yếu.",
            &[("Nguyễn Thế Trung", &["Ủy viên Hội đồng lý luận T.Ư"])],
        ),
        (
            "TS Lương Ngọc Khuê, Cục trưởng Cục khám chữa bệnh nhận định sự cố là hy hữu.",
            &[("Lương Ngọc Khuê", &["Cục trưởng Cục khám chữa bệnh"])],
        ),
        // (not another post, not before "và" or a plural where the name goes on)
        (
            "Đoàn công tác do đại tá Phạm Văn Tỵ, Phó Chánh Văn phòng làm trưởng đoàn đã làm việc với tỉnh.",
            &[("Phạm Văn Tỵ", &["Phó Chánh Văn phòng", "trưởng đoàn"])],
        ),
        (
            "Ông Mai Văn Trinh, Cục trưởng Cục khảo thí và Kiểm định chất lượng giáo dục cho biết.",
            &[("Mai Văn Trinh", &["Cục trưởng Cục khảo thí và Kiểm định chất lượng giáo dục"])],
        ),
        // ("đăng ký", a noun of the body's name, not the verb "ký")
        (
            "Ông Phạm Tuấn Ngọc, Cục trưởng Cục đăng ký giao dịch, Bộ Tư pháp cho biết.",
            &[("Phạm Tuấn Ngọc", &["Cục trưởng Cục đăng ký giao dịch"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Round 48: the former test17's title misses by form.
#[test]
fn dev_round_48_titles() {
    let cases: &[Case] = &[
        // The chief of the general staff, a title head (the chain after it read on).
        (
            "Trung tướng Phan Văn Giang, Ủy viên Quân ủy Trung ương, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, Thứ trưởng Bộ Quốc phòng dự buổi diễn tập.",
            &[(
                "Phan Văn Giang",
                &[
                    "Ủy viên Quân ủy Trung ương",
                    "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam",
                    "Thứ trưởng Bộ Quốc phòng",
                ],
            )],
        ),
        (
            "Trung tướng Đặng Kinh, nguyên Phó Tổng tham mưu trưởng Quân đội nhân dân Việt Nam, đến dự.",
            &[("Đặng Kinh", &["nguyên Phó Tổng tham mưu trưởng Quân đội nhân dân Việt Nam"])],
        ),
        // A deputy in a session: lowercase "đại biểu" right before a full name.
        (
            "Đồng quan điểm, đại biểu Nguyễn Mạnh Trí cho rằng, người dân đang rất hoang mang.",
            &[("Nguyễn Mạnh Trí", &["đại biểu"])],
        ),
        ("Các đại biểu đã thảo luận sôi nổi về dự án luật.", &[]),
        // A school's head with "nhà trường", the school of the article.
        (
            "Theo PGS-TS Nguyễn Khắc Hùng, Phó hiệu trưởng nhà trường, mục tiêu đến năm 2020 là lớn.",
            &[("Nguyễn Khắc Hùng", &["Phó hiệu trưởng nhà trường"])],
        ),
        (
            "Bà Khương Thị Hằng, Hiệu trưởng nhà trường cho biết, năm học qua đã hoàn thành.",
            &[("Khương Thị Hằng", &["Hiệu trưởng nhà trường"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// The mends after the review of round 45 (title boundaries).
#[test]
fn review_round_45_mends() {
    let cases: &[Case] = &[
        // "và" before a second holder ends a bare body's name (and keeps the second holder).
        (
            "Ông Nguyễn Văn An, Viện trưởng Viện dinh dưỡng và ông Trần Văn Bình, Giám đốc Sở Y tế cho biết.",
            &[
                ("Nguyễn Văn An", &["Viện trưởng Viện dinh dưỡng"]),
                ("Trần Văn Bình", &["Giám đốc Sở Y tế"]),
            ],
        ),
        // (a verb of saying opening with an event's noun: "giải thích", not "giải")
        (
            "Ông Nguyễn Văn An, Trưởng ban tổ chức giải thích rằng giải đấu bị hoãn.",
            &[("Nguyễn Văn An", &["Trưởng ban tổ chức"])],
        ),
        // (a demonstrative closes the bare body: the body named before)
        (
            "Ông Lê Văn Khoa, Phó giám đốc Trung tâm này cho biết số ca bệnh giảm.",
            &[("Lê Văn Khoa", &["Phó giám đốc Trung tâm"])],
        ),
        // ("Y" before a place is a medical school's field, no name)
        (
            "Thí sinh được Hiệu trưởng Trường ĐH Y Hà Nội ký quyết định tuyển thẳng.",
            &[],
        ),
        (
            "Theo TS Nguyễn Văn An, Trường Đại học Y Hà Nội, Phó Chủ nhiệm Bộ môn Tim mạch cho biết.",
            &[],
        ),
        (
            "Ông Y Bé Ksor, Phó giám đốc Công an tỉnh Đắk Lắk cho biết.",
            &[("Y Bé Ksor", &["Phó giám đốc Công an tỉnh Đắk Lắk"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Round 51 (twenty-second session): titles, the former test18 first.
#[test]
fn dev_round_51_titles() {
    let cases: &[Case] = &[
        // A hospital ward's number after its name, before punctuation, the hospital or a
        // name; not a count going on ("5 năm").
        (
            "TS.BS Bùi Vinh Quang, Trưởng khoa Xạ 5, Bệnh viện K cho biết.",
            &[("Bùi Vinh Quang", &["Trưởng khoa Xạ 5"])],
        ),
        // (a guard, no rule of its own: a ward's letter is read with the name's capitalised
        // words, before the number rule; its letter alternative was dropped after the review)
        (
            "Ông Lê Văn Quảng, Trưởng khoa Ngoại A, Bệnh viện K cho biết.",
            &[("Lê Văn Quảng", &["Trưởng khoa Ngoại A"])],
        ),
        (
            "Bác sĩ Nguyễn Văn Hùng, Trưởng khoa Nội 1 Bệnh viện Bạch Mai cho biết.",
            &[("Nguyễn Văn Hùng", &["Trưởng khoa Nội 1 Bệnh viện Bạch Mai"])],
        ),
        (
            "Ông Lê Văn Quảng, Trưởng khoa Xạ 5 năm qua cho biết.",
            &[("Lê Văn Quảng", &["Trưởng khoa Xạ"])],
        ),
        // A lawyer with a post in the bar is an official (all his posts kept); with a law
        // firm's only, none.
        (
            "Trao đổi với PV, luật sư Nguyễn Khắc Tuấn, Phó chủ nhiệm Đoàn Luật sư Hà Tĩnh, Trưởng Văn phòng Luật sư An Phát cho hay.",
            &[(
                "Nguyễn Khắc Tuấn",
                &["Phó chủ nhiệm Đoàn Luật sư Hà Tĩnh", "Trưởng Văn phòng Luật sư An Phát"],
            )],
        ),
        ("Theo luật sư Nguyễn Văn Hùng, Giám đốc Công ty Luật ABC cho biết.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Round 55 (twenty-second session, units' second pass): the army abbreviated, "QĐND", with its
/// country closes the title (before, cut before "Việt Nam").
#[test]
fn dev_round_55_titles() {
    let cases: &[Case] = &[
        (
            "Chiều 22/5, Trung tướng Phan Văn Giang, Tổng Tham mưu trưởng QĐND Việt Nam tiếp Đại tướng Phuông Si-phan.",
            &[("Phan Văn Giang", &["Tổng Tham mưu trưởng QĐND Việt Nam"])],
        ),
        (
            "Thượng tướng Phạm Ngọc Minh, Phó Tổng tham mưu trưởng QĐND Việt Nam cùng các đại biểu dự hội nghị.",
            &[("Phạm Ngọc Minh", &["Phó Tổng tham mưu trưởng QĐND Việt Nam"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Round 56 (twenty-second session, titles' second pass): a commune's or ward's civil servant
/// named by their field.
#[test]
fn dev_round_56_titles() {
    let cases: &[Case] = &[
        // A commune's or ward's civil servant by field, with the commune or ward named, after
        // the name or before it; "cán bộ" of no such field, or with no commune, stays none.
        (
            "Ông Nguyễn Sinh Chính, cán bộ quản lý đô thị phường Sơn Kỳ, cho biết.",
            &[("Nguyễn Sinh Chính", &["cán bộ quản lý đô thị phường Sơn Kỳ"])],
        ),
        (
            "Ông Hồ Phú Thắng, cán bộ địa chính xã Hòa Bắc cho biết.",
            &[("Hồ Phú Thắng", &["cán bộ địa chính xã Hòa Bắc"])],
        ),
        (
            "Chị Nguyễn Thị Minh, cán bộ địa chính - môi trường xã Thạch Tiến, cho biết.",
            &[("Nguyễn Thị Minh", &["cán bộ địa chính - môi trường xã Thạch Tiến"])],
        ),
        ("Ông Nguyễn Văn Hùng, cán bộ về hưu ở phường Kiến Hưng, cho biết.", &[]),
        ("Ông Nguyễn Văn Hùng, cán bộ địa chính, cho biết.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_57_titles() {
    let cases: &[Case] = &[
        // "môi trường" (environment) and "thị trường" (market) end a body's name before its
        // holder's: no school named after a person ("trường Nguyễn Du" stays blocked).
        (
            "Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà phát biểu.",
            &[("Trần Hồng Hà", &["Bộ trưởng Bộ Tài nguyên và Môi trường"])],
        ),
        (
            "Giám đốc Sở Tài nguyên và Môi trường Nguyễn Toàn Thắng cho biết.",
            &[("Nguyễn Toàn Thắng", &["Giám đốc Sở Tài nguyên và Môi trường"])],
        ),
        (
            "Cục trưởng Cục Quản lý thị trường Trần Hùng cho biết.",
            &[("Trần Hùng", &["Cục trưởng Cục Quản lý thị trường"])],
        ),
        ("Học sinh trường Nguyễn Du đã tham gia.", &[]),
        // After its holder's name, a ward, commune or town named like a person after the
        // title's lowercase "phường" / "xã" / "thị trấn" is the title's locality.
        (
            "Bà Lưu Lê Bích Phượng, Bí thư kiêm Chủ tịch phường Nguyễn Thái Bình, quận 1 chia sẻ.",
            &[("Lưu Lê Bích Phượng", &["Bí thư kiêm Chủ tịch phường Nguyễn Thái Bình"])],
        ),
        (
            "Ông Lê Văn Hậu, Phó Chủ tịch UBND phường Lê Thanh Nghị xác nhận sự việc.",
            &[("Lê Văn Hậu", &["Phó Chủ tịch UBND phường Lê Thanh Nghị"])],
        ),
        (
            "Trung tá Nguyễn Văn Phước, Trưởng Công an phường Phạm Ngũ Lão (quận 1), xác nhận.",
            &[("Nguyễn Văn Phước", &["Trưởng Công an phường Phạm Ngũ Lão"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_60_titles() {
    let cases: &[Case] = &[
        // A term closing a post is no part of it: "khóa" and a numeral, "nhiệm kỳ" /
        // "giai đoạn" / "thời kỳ" and two years.
        (
            "Ông Đinh La Thăng, Ủy viên Bộ Chính trị khóa XII, Bí thư Thành ủy TP.HCM cho biết.",
            &[("Đinh La Thăng", &["Ủy viên Bộ Chính trị", "Bí thư Thành ủy TP.HCM"])],
        ),
        (
            "Ủy ban Thường vụ Quốc hội đã thống nhất để ông Võ Kim Cự thôi nhiệm vụ đại biểu Quốc hội khóa XIV.",
            &[("Võ Kim Cự", &["đại biểu Quốc hội"])],
        ),
        (
            "Ông Hồ Việt (nguyên Chủ tịch TP Đà Nẵng giai đoạn 1989 - 1993) đã ký thư.",
            &[("Hồ Việt", &["nguyên Chủ tịch TP Đà Nẵng"])],
        ),
        // "Tài khóa" (a fiscal year) in a body's name is no term.
        (
            "Ông Hà Quang Tuyến, Vụ trưởng Vụ Hệ thống Tài khóa Quốc gia, cho biết.",
            &[("Hà Quang Tuyến", &["Vụ trưởng Vụ Hệ thống Tài khóa Quốc gia"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn review_mends_23_terms() {
    let cases: &[Case] = &[
        // A one-letter Roman numeral after "khóa" is tokenised Title, not Upper.
        (
            "Ủy ban Thường vụ Quốc hội đã thống nhất để ông Nguyễn Văn An thôi nhiệm vụ đại biểu Quốc hội khóa X.",
            &[("Nguyễn Văn An", &["đại biểu Quốc hội"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn review_mends_23_localities() {
    let cases: &[Case] = &[
        // A ward's name after a lowercase "phường" ends where a second name starts (a title
        // followed by a name is that name's).
        (
            "Ông Phạm Minh Tuấn, Chủ tịch UBND phường Nguyễn Trãi Nguyễn Văn Hải cùng dự.",
            &[("Nguyễn Văn Hải", &["Chủ tịch UBND phường Nguyễn Trãi"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 61 (twenty-fourth session): officials and titles, the former test20 first.
#[test]
fn dev_round_61_titles() {
    let cases: &[Case] = &[
        // A town's or a city's name glued to "TX." / "TP." is read whole when the lexicon does
        // not know it (`org::place_at`).
        (
            "Ông Trần Kiên, Chủ tịch UBND TX.Sông Cầu, cho biết vào sáng 29.5.",
            &[("Trần Kiên", &["Chủ tịch UBND TX.Sông Cầu"])],
        ),
        (
            "Chủ tịch UBND TP.Vĩnh Yên Nguyễn Văn Bình cho biết.",
            &[("Nguyễn Văn Bình", &["Chủ tịch UBND TP.Vĩnh Yên"])],
        ),
        // A capitalised "Vụ trưởng" after "chức" is a department's head, not the noun "chức
        // vụ" (`post_noun_opener`, the review's leftover).
        (
            "Bộ trưởng quyết định ông Nguyễn Văn An thôi giữ chức Vụ trưởng Vụ Tổ chức cán bộ.",
            &[("Nguyễn Văn An", &["Vụ trưởng Vụ Tổ chức cán bộ"])],
        ),
        // (the noun "chức vụ" in lowercase stays the noun)
        (
            "Ông Nguyễn Văn An thôi giữ chức vụ Phó Chủ tịch UBND tỉnh Quảng Nam.",
            &[("Nguyễn Văn An", &["Phó Chủ tịch UBND tỉnh Quảng Nam"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
    // The same towns as units; a spaced dot may end a sentence and stays the bare noun.
    let units: &[(&str, &[&str])] = &[
        ("Công an TX.Cửa Lò cho biết đã bắt giữ.", &["Công an TX.Cửa Lò"]),
        ("Công an TP.Tam Điệp cho biết đã bắt giữ.", &["Công an TP.Tam Điệp"]),
        ("Lãnh đạo UBND TP. Ảnh: Hồng Đào.", &["UBND TP"]),
    ];
    for (text, expected) in units {
        let got: Vec<String> =
            crate::entities::units::find(text).into_iter().map(|u| u.name).collect();
        assert_eq!(got, *expected, "units of {text:?}");
    }
}

#[test]
fn dev_round_65_titles() {
    let cases: &[Case] = &[
        // The post held then, after a phrase of past time ("khi đó là", "lúc đó là"), set off
        // by a comma or a dash or in parentheses (`then_phrase`), also after a rare family name.
        (
            "Đợt 3 góp 100 tỷ đồng, ông Nguyễn Xuân Sơn, khi đó là Phó tổng giám đốc PVN đã ký văn bản.",
            &[("Nguyễn Xuân Sơn", &["Phó tổng giám đốc PVN"])],
        ),
        (
            "Mùa tuyển sinh năm 2017, ông Đinh La Thăng (lúc đó là Bí thư Thành ủy) đã chỉ đạo trường.",
            &[("Đinh La Thăng", &["Bí thư Thành ủy"])],
        ),
        (
            "Quyết định kỷ luật buộc thôi việc ông Tiếu Hoa Năng, khi đó là Chi cục trưởng Chi cục Quản lý thị trường tỉnh.",
            &[("Tiếu Hoa Năng", &["Chi cục trưởng Chi cục Quản lý thị trường tỉnh"])],
        ),
        // (a post that names no body is no official's: "khi đó là học sinh"; a given name
        // alone, here a kin's, takes no post held then)
        ("Bà Lê Thị Bích (khi đó là học sinh) cho biết.", &[]),
        (
            "Ông Phạm Sỹ Quý bị kỷ luật. Bà Phạm Thị Thanh Trà, chị ông Quý, khi đó là Chủ tịch UBND tỉnh Yên Bái cho biết.",
            &[],
        ),
        // A shared title before a colon, then names with their own posts or bare.
        (
            "Dự có các Phó Bí thư Tỉnh ủy: Nguyễn Xuân Đường – Chủ tịch UBND tỉnh; Lê Quang Huy, Nguyễn Văn Thông cùng các sở, ngành.",
            &[
                ("Nguyễn Xuân Đường", &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
                ("Lê Quang Huy", &["Phó Bí thư Tỉnh ủy"]),
                ("Nguyễn Văn Thông", &["Phó Bí thư Tỉnh ủy"]),
            ],
        ),
        (
            "Dự có các Ủy viên Bộ Chính trị: Tòng Thị Phóng, Phó Chủ tịch Thường trực Quốc hội; Phạm Bình Minh, Phó Thủ tướng Chính phủ.",
            &[
                ("Tòng Thị Phóng", &["Ủy viên Bộ Chính trị", "Phó Chủ tịch Thường trực Quốc hội"]),
                ("Phạm Bình Minh", &["Ủy viên Bộ Chính trị", "Phó Thủ tướng Chính phủ"]),
            ],
        ),
        // After an honorific, "Phó …" opens a title, not a name of the family Phó.
        (
            "Dự có đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu.",
            &[("Nguyễn Văn An", &["Phó Chủ tịch UBND tỉnh"])],
        ),
        (
            "Dự có các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Xuân Đường – Chủ tịch UBND tỉnh; Lê Quang Huy.",
            &[
                ("Nguyễn Xuân Đường", &["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
                ("Lê Quang Huy", &["Phó Bí thư Tỉnh ủy"]),
            ],
        ),
        // (a semicolon after a bare name closes the list)
        (
            "Có các đồng chí Phó Chủ tịch Tổng LĐLĐVN: Mai Đức Chính, Trần Văn Lý; đồng chí Trịnh Thanh Hằng - Trưởng ban Nữ công Tổng LĐLĐVN.",
            &[
                ("Mai Đức Chính", &["Phó Chủ tịch Tổng LĐLĐVN"]),
                ("Trần Văn Lý", &["Phó Chủ tịch Tổng LĐLĐVN"]),
                ("Trịnh Thanh Hằng", &["Trưởng ban Nữ công Tổng LĐLĐVN"]),
            ],
        ),
        (
            "Có các Phó Thủ tướng: Vương Đình Huệ, Vũ Đức Đam; Phó Chủ tịch Quốc hội Uông Chu Lưu đã gửi hoa.",
            &[
                ("Vương Đình Huệ", &["Phó Thủ tướng"]),
                ("Vũ Đức Đam", &["Phó Thủ tướng"]),
                ("Uông Chu Lưu", &["Phó Chủ tịch Quốc hội"]),
            ],
        ),
        // "người phát ngôn của" a generic body with its qualifier.
        (
            "Đại tá Nguyễn Sỹ Quang - Trưởng phòng Tham mưu, người phát ngôn của Công an TPHCM cho biết.",
            &[("Nguyễn Sỹ Quang", &["Trưởng phòng Tham mưu", "người phát ngôn của Công an TPHCM"])],
        ),
        (
            "Đến ngày 5/7, người phát ngôn của Bộ Văn hóa, Thể thao & Du lịch Nguyễn Thái Bình cho biết.",
            &[("Nguyễn Thái Bình", &["người phát ngôn của Bộ Văn hóa, Thể thao & Du lịch"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Mends after the review of dev round 66 (twenty-fifth session): a "Quản lý" department
/// whose managed words run up to a place keeps its title whole.
#[test]
fn dev_round_66_mends_titles() {
    let cases: &[Case] = &[(
        "Ông Lê Văn Bình, nguyên Trưởng phòng Quản lý bay sân bay Tân Sơn Nhất, cho biết.",
        &[("Lê Văn Bình", &["nguyên Trưởng phòng Quản lý bay sân bay Tân Sơn Nhất"])],
    )];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 69 (twenty-sixth session): posts that make no official — a joint-stock company
/// written with its form, and a residents' group's head (`private_company`).
#[test]
fn dev_round_69_titles() {
    let cases: &[Case] = &[
        // A joint-stock company written with its form is private, as a limited one of several
        // members.
        ("Theo ông Cù Ngọc Ổn, Tổng giám đốc Công ty CP Đầu tư Trung Việt cho biết.", &[]),
        ("Ông Quản Văn Minh, Giám đốc Công ty cổ phần Đấu giá số 5 cho biết.", &[]),
        ("Ông Hà Quang Hòa, Giám đốc Cty CP Môi trường Khánh Hòa cho biết.", &[]),
        // (its trade union's post stays a mass organisation's; a person with a public post
        // besides keeps both)
        (
            "Ông Lê Văn Hòa, Chủ tịch Công đoàn Công ty CP May 10 cho biết.",
            &[("Lê Văn Hòa", &["Chủ tịch Công đoàn Công ty CP May 10"])],
        ),
        (
            "Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh, Chủ tịch HĐQT Công ty CP Cao su Đồng Nai cho biết.",
            &[("Lê Văn Hòa", &["Phó Chủ tịch UBND tỉnh", "Chủ tịch HĐQT Công ty CP Cao su Đồng Nai"])],
        ),
        // A residents' group's head is no official; the group's party cell secretary is.
        ("Theo bà Đàm Thị Loan, Tổ trưởng tổ dân phố 2A cho biết.", &[]),
        (
            "Ông Trần Văn Tư, Bí thư Chi bộ tổ dân phố 5 cho biết.",
            &[("Trần Văn Tư", &["Bí thư Chi bộ tổ dân phố 5"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 69, the README's leftover: a ward named after a person, with its title before it
/// and no holder after it, when the text also names the ward inside someone's post
/// (`assemble`).
#[test]
fn dev_round_69_wards() {
    let cases: &[Case] = &[
        (
            "Bà Lưu Lê Bích Phượng, Bí thư phường Nguyễn Thái Bình cho rằng vỉa hè là đất vàng. Về kế hoạch xử lý, Bí thư phường Nguyễn Thái Bình cho biết sẽ sắp xếp lại.",
            &[("Lưu Lê Bích Phượng", &["Bí thư phường Nguyễn Thái Bình"])],
        ),
        (
            "Ông Lê Văn Hậu, Phó Chủ tịch UBND phường Lê Thanh Nghị xác nhận. Phó Chủ tịch UBND phường Lê Thanh Nghị lý giải thêm.",
            &[("Lê Văn Hậu", &["Phó Chủ tịch UBND phường Lê Thanh Nghị"])],
        ),
        // (a holder named after a title ending on "xã": no other post names that locality)
        (
            "Ông Trần Văn Nam, Bí thư Đảng ủy xã Hòa An cho biết. Chủ tịch UBND xã Nguyễn Văn Hùng cũng có mặt.",
            &[
                ("Trần Văn Nam", &["Bí thư Đảng ủy xã Hòa An"]),
                ("Nguyễn Văn Hùng", &["Chủ tịch UBND xã"]),
            ],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 72: a residents' group head written short ("tổ trưởng dân phố":
/// `private_company`).
#[test]
fn dev_round_72_residents() {
    let cases: &[Case] =
        &[("Ông Ngô Mới (tổ trưởng dân phố tại khu vực xảy ra vụ cướp) đã xông ra ngăn cản.", &[])];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 72: a post taken by election after the name ("được bầu làm", "bầu giữ chức":
/// `post_noun_opener`, `APPOINT_LEAD`).
#[test]
fn dev_round_72_election() {
    let cases: &[Case] = &[
        (
            "Ông Nguyễn Văn Tứ đã được bầu làm Ủy viên Ban Chấp hành Đảng bộ TP và đã được Trung ương phê chuẩn.",
            &[("Nguyễn Văn Tứ", &["Ủy viên Ban Chấp hành Đảng bộ TP"])],
        ),
        (
            "Ông Hoàng Vĩnh Bảo đã được bầu làm Chủ tịch Hội Xuất bản Việt Nam khóa IV.",
            &[("Hoàng Vĩnh Bảo", &["Chủ tịch Hội Xuất bản Việt Nam"])],
        ),
        (
            "Ông Trần Văn Tư, Phó Chủ tịch UBND huyện, được bầu giữ chức Chủ tịch UBND huyện Mỹ Đức.",
            &[("Trần Văn Tư", &["Phó Chủ tịch UBND huyện", "Chủ tịch UBND huyện Mỹ Đức"])],
        ),
        // (a lowercase phrase after "bầu làm" is no post, nor a post naming no body)
        ("Ông Trần Văn Tư được bầu làm việc tại xã.", &[]),
        ("Ông Trần Văn Tư được bầu làm Chủ tịch danh dự của hội.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 75: a phrase of time or aspect between the name and "là" / "làm" ("khi còn làm",
/// "từng là", "vẫn đang là", "tiếp tục là": `ASPECT`, `list_then_title`).
#[test]
fn dev_round_75_aspect() {
    let cases: &[Case] = &[
        (
            "Văn bản do ông Vũ Huy Hoàng khi còn làm Bộ trưởng ký được trình Chính phủ ngày 3/2.",
            &[("Vũ Huy Hoàng", &["Bộ trưởng"])],
        ),
        (
            "Đồng chí Đinh La Thăng khi còn là Chủ tịch HĐQT Tập đoàn Dầu khí có trách nhiệm.",
            &[("Đinh La Thăng", &["Chủ tịch HĐQT Tập đoàn Dầu khí"])],
        ),
        (
            "Ông Phí Thái Bình từng là Chủ tịch Vinaconex trước khi được bầu làm Phó chủ tịch UBND thành phố Hà Nội.",
            &[("Phí Thái Bình", &["Chủ tịch Vinaconex"])],
        ),
        (
            "Đến thời điểm này, ông Nguyễn Đăng Chương vẫn đang là Bí thư Đảng ủy của Cục NTBD.",
            &[("Nguyễn Đăng Chương", &["Bí thư Đảng ủy của Cục NTBD"])],
        ),
        // ("từng giữ chức" is read with every post after it, as before)
        (
            "Ông Lê Song Lai từng giữ chức Phó Vụ trưởng Vụ Bảo hiểm – BTC và đảm nhiệm vị trí Phó Tổng giám đốc Tổng công ty đầu tư và kinh doanh vốn Nhà nước (SCIC) từ năm 2006 đến nay.",
            &[("Lê Song Lai", &["Phó Vụ trưởng Vụ Bảo hiểm", "Phó Tổng giám đốc Tổng công ty"])],
        ),
        (
            "Sau Olympic Rio 2016, ông Trần Đức Phấn tiếp tục là Trưởng đoàn TTVN tham dự SEA Games 29.",
            &[("Trần Đức Phấn", &["Trưởng đoàn TTVN"])],
        ),
        // (after "là", a bare post names no body; after the phrase, a lowercase bare one neither)
        ("Ông Trần Văn Tư từng là giám đốc một công ty tư nhân.", &[]),
        ("Ông Trần Văn Tư đang làm giám đốc một công ty tư nhân.", &[]),
        ("Ông Trần Văn Tư vẫn là Chủ tịch.", &[]),
        // (mends after the review, twenty-eighth session: without "của" the post is not
        // stretched to the end of the clause over a verb phrase)
        (
            "Văn bản do ông Vũ Huy Hoàng khi còn làm Bộ trưởng ký.",
            &[("Vũ Huy Hoàng", &["Bộ trưởng"])],
        ),
        (
            "Ông Nguyễn Văn Bình từng là Phó Chủ tịch UBND tỉnh Hà Giang bị kỷ luật cảnh cáo.",
            &[("Nguyễn Văn Bình", &["Phó Chủ tịch UBND tỉnh Hà Giang"])],
        ),
        (
            "Ông Nguyễn Văn Bình đang là Hiệu trưởng Trường THPT Lê Lợi bỏ trốn khỏi địa phương.",
            &[("Nguyễn Văn Bình", &["Hiệu trưởng Trường THPT Lê Lợi"])],
        ),
        (
            "Ông Nguyễn Văn Bình từng làm Chủ tịch UBND huyện Mỹ Đức ký quyết định giao đất trái phép.",
            &[("Nguyễn Văn Bình", &["Chủ tịch UBND huyện Mỹ Đức"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 75: a body whose capitalised name goes on with "các" and a plural remit in
/// lowercase ("Vụ Tài chính các ngân hàng", "Ban Quản lý các khu công nghiệp tỉnh …":
/// `plural_remit`).
#[test]
fn dev_round_75_plural_remit() {
    let cases: &[Case] = &[
        (
            "Trao đổi với PV, bà Phan Thị Thu Hiền, Vụ trưởng vụ Tài chính các ngân hàng (bộ Tài chính) cũng bày tỏ ngạc nhiên.",
            &[("Phan Thị Thu Hiền", &["Vụ trưởng vụ Tài chính các ngân hàng"])],
        ),
        (
            "Ông Phạm Bá Tùng - Phó trưởng Ban Quản lý các Khu công nghiệp tỉnh Hà Nam cho biết, hiện 4 công nhân bị thương.",
            &[("Phạm Bá Tùng", &["Phó trưởng Ban Quản lý các Khu công nghiệp tỉnh Hà Nam"])],
        ),
        (
            "Ông Trần Quốc Trung, Vụ phó Vụ Quản lý các khu kinh tế - Bộ Kế hoạch và Đầu tư, cho rằng ban đầu có thể lựa chọn 2-3 địa điểm.",
            &[("Trần Quốc Trung", &["Vụ phó Vụ Quản lý các khu kinh tế"])],
        ),
        // (not after a place, nor a run that does not end where the clause goes on)
        (
            "Ông Trần Văn Tư, Chủ tịch UBND tỉnh Quảng Nam các năm qua đã chỉ đạo.",
            &[("Trần Văn Tư", &["Chủ tịch UBND tỉnh Quảng Nam"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 75: a residents' group head written short with the group's number after a comma
/// ("ông A, tổ trưởng dân phố 11": `residents_short`, round 72's leftover).
#[test]
fn dev_round_75_residents_short() {
    let cases: &[Case] = &[
        ("Theo ông Đỗ Trọng Bướm, tổ trưởng dân phố 11, phường Phú Hội cho biết.", &[]),
        (
            "Chiều nay, ông Ngô Mới, tổ trưởng dân phố bị gãy chân trong lúc truy đuổi nghi phạm.",
            &[],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 78 (twenty-ninth session): a commune or township written "X." / "TT." and glued
/// to its name after the body, as "Q.", "H.", "P." are.
#[test]
fn dev_round_78_short_commune() {
    let cases: &[Case] = &[
        (
            "Ông Nguyễn Xuân Công, Chủ tịch UBND X.Điền Hải cho biết, sự cố vỡ đê.",
            &[("Nguyễn Xuân Công", &["Chủ tịch UBND X.Điền Hải"])],
        ),
        (
            "Ông Bùi Ngọc Khang, Phó chủ tịch UBND TT.Minh Đức, cho biết.",
            &[("Bùi Ngọc Khang", &["Phó chủ tịch UBND TT.Minh Đức"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 78: the head (or deputy head) of a board after "làm", as of a team.
#[test]
fn dev_round_78_board_head() {
    let cases: &[Case] = &[
        (
            "Ban soạn thảo có 17 thành viên do Thứ trưởng Hồ Thị Kim Thoa làm trưởng ban.",
            &[("Hồ Thị Kim Thoa", &["Thứ trưởng", "trưởng ban"])],
        ),
        (
            "Ban chỉ đạo do ông Nguyễn Doãn Toản, Phó Chủ tịch UBND thành phố làm Trưởng ban.",
            &[("Nguyễn Doãn Toản", &["Phó Chủ tịch UBND thành phố", "Trưởng ban"])],
        ),
        (
            "Cục trưởng Cục Thuế Thành phố Nguyễn Thế Mạnh làm Phó Trưởng ban Thường trực.",
            &[(
                "Nguyễn Thế Mạnh",
                &["Cục trưởng Cục Thuế Thành phố", "Phó Trưởng ban Thường trực"],
            )],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 78: a department's code spaced in parentheses ("(PV 11)") before its parent body,
/// as the glued one ("(PC45)") is.
#[test]
fn dev_round_78_spaced_code() {
    let cases: &[Case] = &[
        (
            "Trung tá Nguyễn Khánh Toàn - Trưởng phòng Tham mưu (PV 11) Công an TP.Hải Phòng cho biết.",
            &[("Nguyễn Khánh Toàn", &["Trưởng phòng Tham mưu (PV 11) Công an TP.Hải Phòng"])],
        ),
        // (no parent body after the parenthesis: the title ends before it, as before)
        (
            "Thượng tá Trịnh Hồng Sơn, Phó trưởng phòng An ninh Kinh tế (PA 81) được ủy quyền.",
            &[("Trịnh Hồng Sơn", &["Phó trưởng phòng An ninh Kinh tế"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 78: the ministry's field "Thông tin Truyền thông" written without "và" (as
/// "Giao thông Vận tải" is), before the holder's name.
#[test]
fn dev_round_78_ministry_field() {
    check(
        "Bộ trưởng Thông tin Truyền thông Trương Minh Tuấn cho hay.",
        &[("Trương Minh Tuấn", &["Bộ trưởng Thông tin Truyền thông"])],
    );
}

/// Dev round 78: a deputy's National Assembly delegation in lowercase right after the name
/// ("ĐBQH A, đoàn ĐBQH tỉnh B"), as in a chain; not a capitalised "Đoàn" (the next clause's
/// subject) nor after a name that holds no deputy's title.
#[test]
fn dev_round_78_delegation() {
    let cases: &[Case] = &[
        (
            "ĐBQH Trần Thị Hiền, đoàn ĐBQH Hà Nam phát biểu.",
            &[("Trần Thị Hiền", &["ĐBQH", "đoàn ĐBQH Hà Nam"])],
        ),
        (
            "ĐBQH Nguyễn Văn Chiến, đoàn ĐBQH thành phố Hà Nội, Phó Chủ tịch Hội Luật gia cho biết.",
            &[(
                "Nguyễn Văn Chiến",
                &["ĐBQH", "đoàn ĐBQH thành phố Hà Nội", "Phó Chủ tịch Hội Luật gia"],
            )],
        ),
        ("Theo ông Nguyễn Văn An, đoàn ĐBQH tỉnh Bình Định đã làm việc.", &[]),
        (
            "nguyện vọng của ĐBQH Đinh La Thăng, Đoàn ĐBQH Thanh Hóa đã tham khảo ý kiến.",
            &[("Đinh La Thăng", &["ĐBQH"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 84: a hospital's department named all in lowercase after "Trưởng khoa", with the
/// hospital after it, up to where the clause goes on; not past "làm" (another post).
#[test]
fn dev_round_84_lower_department() {
    let cases: &[Case] = &[
        (
            "TS Đào Xuân Cơ, phó Trưởng khoa hồi sức tích cực Bệnh viện Bạch Mai, cũng cho hay 10 bệnh nhân ổn định.",
            &[("Đào Xuân Cơ", &["phó Trưởng khoa hồi sức tích cực Bệnh viện Bạch Mai"])],
        ),
        (
            "Theo bác sỹ Trần Văn Học, Trưởng khoa hồi sức tích cực và chống độc BVĐK tỉnh Hà Giang cho biết cháu đã qua giai đoạn sốc.",
            &[(
                "Trần Văn Học",
                &["Trưởng khoa hồi sức tích cực và chống độc BVĐK tỉnh Hà Giang"],
            )],
        ),
        (
            "Bác sĩ Vũ Minh Phúc, Trưởng khoa tim mạch, BV Nhi Đồng 1, cho biết bệnh nhi nhập viện.",
            &[("Vũ Minh Phúc", &["Trưởng khoa tim mạch"])],
        ),
        (
            "Bổ nhiệm bà Bùi Thị Hạnh, Trưởng khoa nhà trường và bà Phạm Thị Trang, Phó Trưởng khoa nhà trường làm thành viên Hội đồng nhà trường.",
            &[
                ("Bùi Thị Hạnh", &["Trưởng khoa nhà trường"]),
                ("Phạm Thị Trang", &["Phó Trưởng khoa"]),
            ],
        ),
        (
            "Bác sĩ Trần Văn An, trưởng khoa cho biết bệnh nhân đã ổn.",
            &[("Trần Văn An", &["trưởng khoa"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 84: "Vụ" ends a title on its own before the department's name in lowercase, as
/// "Viện" and "Cục" do.
#[test]
fn dev_round_84_bare_vu() {
    let cases: &[Case] = &[
        (
            "Ông Nguyễn Bá Minh, Vụ trưởng Vụ giáo dục mầm non (Bộ GD ĐT) cũng cho biết, Bộ đã đề nghị.",
            &[("Nguyễn Bá Minh", &["Vụ trưởng Vụ giáo dục mầm non"])],
        ),
        (
            "Ông Nguyễn Tú Anh, Phó vụ trưởng Vụ chính sách tiền tệ, NHNN cho biết quy mô dân số.",
            &[("Nguyễn Tú Anh", &["Phó vụ trưởng Vụ chính sách tiền tệ"])],
        ),
        (
            "Theo ông Vũ Duy Thông (nguyên Vụ trưởng Vụ báo chí, Ban Tuyên giáo T.Ư): Nếu tuyên truyền một chiều thì dân nghe.",
            &[("Vũ Duy Thông", &["nguyên Vụ trưởng Vụ báo chí"])],
        ),
        (
            "Ông Nguyễn Minh Tuấn, Vụ trưởng Vụ trang thiết bị và công trình y tế (Bộ Y tế) cho biết.",
            &[("Nguyễn Minh Tuấn", &["Vụ trưởng Vụ trang thiết bị và công trình y tế"])],
        ),
        (
            "Ông Phạm Ngọc Tuấn, Phó vụ trưởng Vụ khai thác dẫn đầu cũng đã về Bình Định.",
            &[("Phạm Ngọc Tuấn", &["Phó vụ trưởng Vụ khai thác"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_82_glued_post() {
    let cases: &[Case] = &[
        (
            "Ngày 29-5, đại tá Nguyễn Ngọc Sơn-Trưởng Công an huyện Đak Đoa (Gia Lai) cho biết.",
            &[("Nguyễn Ngọc Sơn", &["Trưởng Công an huyện Đak Đoa"])],
        ),
        (
            "Theo PGS.TS Hồ Sỹ Hùng-Cục trưởng Cục Phát triển Doanh nghiệp (Bộ KHĐT), nguyên nhân là vốn.",
            &[("Hồ Sỹ Hùng", &["Cục trưởng Cục Phát triển Doanh nghiệp"])],
        ),
        (
            "Ông Nguyễn Hồng Lĩnh-Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bình Định khẳng định.",
            &[("Nguyễn Hồng Lĩnh", &["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Bình Định"])],
        ),
        // Guard: a hyphenated place stays one word.
        ("Đoàn thăm Mát-xcơ-va và Bà Rịa-Vũng Tàu trong tháng 5.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_82_field_abbrev_place() {
    let cases: &[Case] = &[
        (
            "Ông Lê Quang Tiến - Bí thư Đảng ủy, Cục trưởng THADS Hà Nội chúc mừng các đồng chí.",
            &[("Lê Quang Tiến", &["Bí thư Đảng ủy", "Cục trưởng THADS Hà Nội"])],
        ),
        (
            "Đại tá Trần Thanh Châu, Phó giám đốc PCCC TP.HCM cho biết, chung cư đã đưa dân vào ở.",
            &[("Trần Thanh Châu", &["Phó giám đốc PCCC TP.HCM"])],
        ),
        (
            "Chi cục trưởng QLTT TPHCM Phan Hoàng Kiếm giải thích thêm.",
            &[("Phan Hoàng Kiếm", &["Chi cục trưởng QLTT TPHCM"])],
        ),
        // Guard: a company's acronym is no field (read as before, without the place).
        (
            "Ông Nguyễn Văn An, Giám đốc FPT Hà Nội, cho biết.",
            &[("Nguyễn Văn An", &["Giám đốc FPT"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_82_deputy_abbrev() {
    let cases: &[Case] = &[
        (
            "Đại biểu (ĐB) Trần Sỹ Thanh (Lạng Sơn) cho rằng, nếu chỉ tính đến cuối năm thì chưa đủ.",
            &[("Trần Sỹ Thanh", &["Đại biểu (ĐB)"])],
        ),
        (
            "Là người đầu tiên chất vấn, đại biểu (ĐB) Phạm Đình Cúc (Bà Rịa - Vũng Tàu) nêu vấn đề.",
            &[("Phạm Đình Cúc", &["đại biểu (ĐB)"])],
        ),
        // A deputy after another's post opens the next person.
        (
            "Chất vấn Phó thủ tướng, đại biểu (ĐB) Phạm Thị Minh Hiền - Phó giám đốc Sở LĐ-TB-XH tỉnh Phú Yên nêu vấn đề.",
            &[(
                "Phạm Thị Minh Hiền",
                &["đại biểu (ĐB)", "Phó giám đốc Sở LĐ-TB-XH tỉnh Phú Yên"],
            )],
        ),
        // Guards: no name after the abbreviation.
        ("Gần 100 lượt đại biểu (ĐB) đã đăng ký và 58 ĐB đã phát biểu.", &[]),
        ("Theo đại biểu (ĐB) này, xử lý như vậy là rất nặng.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_82_parens_then_dash() {
    let cases: &[Case] = &[
        (
            "Theo Phó Trưởng CA TP. Kon Tum (Kon Tum) - trung tá Từ Đình Huy, nguyên nhân có thể do mâu thuẫn.",
            &[("Từ Đình Huy", &["Phó Trưởng CA TP. Kon Tum"])],
        ),
        (
            "Ngày 30.6, Trưởng phòng CSGT (CA tỉnh Kon Tum) - Đại tá Lê Đình Toàn cho biết.",
            &[("Lê Đình Toàn", &["Trưởng phòng CSGT"])],
        ),
        (
            "Cục trưởng Cục chống tham nhũng (Thanh tra Chính phủ) - ông Phạm Trọng Đạt nêu quan điểm.",
            &[("Phạm Trọng Đạt", &["Cục trưởng Cục chống tham nhũng"])],
        ),
        // Guard: a place after the dash is no name.
        ("Phó Chủ tịch UBND tỉnh Nghệ An (Việt Nam) - Hà Nội là nơi tổ chức hội nghị.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_82_place_ending_blocker() {
    let cases: &[Case] = &[
        (
            "Buổi lễ có Phó Chủ tịch UBND tỉnh Bà Rịa- Vũng Tàu Nguyễn Thành Long; lãnh đạo Chương trình kiểm soát container.",
            &[("Nguyễn Thành Long", &["Phó Chủ tịch UBND tỉnh Bà Rịa- Vũng Tàu"])],
        ),
        (
            "Chủ tịch UBND thành phố Vũng Tàu Nguyễn Văn Trình cho biết.",
            &[("Nguyễn Văn Trình", &["Chủ tịch UBND thành phố Vũng Tàu"])],
        ),
        // Guard: a ship's name stays no person.
        ("Tàu Hoàng Sa đã cập cảng. Con tàu Trường Sa rời bến.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_90_foreign_post() {
    let cases: &[Case] = &[
        (
            "Đón đoàn tại sân bay có ông Lạc Thụ Cương, Bộ trưởng Bộ Văn hóa Trung Quốc; Đại sứ Việt Nam tại Trung Quốc Đặng Minh Khôi.",
            &[("Đặng Minh Khôi", &["Đại sứ Việt Nam tại Trung Quốc"])],
        ),
        (
            "Thủ tướng Trung Quốc Lý Khắc Cường tiếp đoàn. Thủ tướng Lý Khắc Cường cho biết hai bên sẽ hợp tác.",
            &[],
        ),
        (
            "Chiều 5/6, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Singapore Lý Hiển Long.",
            &[("Nguyễn Xuân Phúc", &["Thủ tướng"])],
        ),
        (
            "Ngày 12/5, Chủ tịch nước Trần Đại Quang đã tiếp Đoàn Đại biểu Hội Hữu nghị đối ngoại nhân dân Trung Quốc, do Hội trưởng Hội Hữu nghị đối ngoại nhân dân Trung Quốc Lý Tiểu Lâm làm Trưởng đoàn, đến chào.",
            &[("Trần Đại Quang", &["Chủ tịch nước"])],
        ),
        (
            "Ông Kim Hyun-joong, Đại sứ Triều Tiên tại Nga cho biết như vậy.",
            &[],
        ),
        (
            "Ông Nguyễn Văn Hậu, Phó Chủ tịch UBND huyện Mỹ Đức cho biết như vậy.",
            &[("Nguyễn Văn Hậu", &["Phó Chủ tịch UBND huyện Mỹ Đức"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 88 (thirty-first session): a ward or commune named apart by a letter ("phường
/// Bình Trị Đông B", `org::lettered`).
#[test]
fn dev_round_88_lettered_ward() {
    let cases: &[Case] = &[
        (
            "Sáng 24.5, bà Trương Thị Minh Tín, Chủ tịch UBND phường Bình Trị Đông B (quận Bình Tân, TP.HCM) cho biết chính quyền đã bàn giao cụ bà.",
            &[("Trương Thị Minh Tín", &["Chủ tịch UBND phường Bình Trị Đông B"])],
        ),
        (
            "Ông Nguyễn Văn Hải, Trưởng Công an xã Vĩnh Lộc A, cho biết vụ việc đang được điều tra.",
            &[("Nguyễn Văn Hải", &["Trưởng Công an xã Vĩnh Lộc A"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 88 (thirty-first session): one holder after "là" and an honorific ("ngoài Trưởng
/// đoàn là ông A", `list_after_title`), a phrase of time before "là" ("lúc bấy giờ"), the posts
/// after the name kept.
#[test]
fn dev_round_88_holder_after_la() {
    let cases: &[Case] = &[
        (
            "Cụ thể, ngoài Trưởng đoàn là ông Trần Đức Phấn, Phó Tổng cục trưởng Tổng cục Thể dục Thể thao, có tới 10 phó đoàn.",
            &[(
                "Trần Đức Phấn",
                &["Trưởng đoàn", "Phó Tổng cục trưởng Tổng cục Thể dục Thể thao"],
            )],
        ),
        (
            "Ngày 11-3, Bí thư Thành ủy lúc bấy giờ là ông Đinh La Thăng nói: “Quận 1 không thể cô đơn”.",
            &[("Đinh La Thăng", &["Bí thư Thành ủy"])],
        ),
        (
            "Trước đó, bà Trà là Chủ tịch UBND tỉnh, còn Bí thư Tỉnh ủy là ông Phạm Duy Cường.",
            &[("Phạm Duy Cường", &["Bí thư Tỉnh ủy"])],
        ),
        (
            "Trước đó, Trưởng đoàn đại biểu Quốc hội TP Hồ Chí Minh là ông Đinh La Thăng.",
            &[("Đinh La Thăng", &["Trưởng đoàn đại biểu Quốc hội TP Hồ Chí Minh"])],
        ),
        // Guards: a single bare name after "là" stays unread (round 36's design), and so does a
        // post after "là".
        ("Phó Giám đốc Sở là Nguyễn Văn An.", &[]),
        ("Chủ tịch UBND huyện là Phó Chủ tịch Hội đồng.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_92_missed_officials() {
    let cases: &[Case] = &[
        (
            "QH sẽ nghe Chủ nhiệm Ủy ban Kinh tế của QH Vũ Hồng Thanh trình bày báo cáo thẩm tra.",
            &[("Vũ Hồng Thanh", &["Chủ nhiệm Ủy ban Kinh tế của QH"])],
        ),
        (
            "Theo Chủ nhiệm Ủy ban Pháp luật của QH Nguyễn Khắc Định, đa số thành viên tán thành.",
            &[("Nguyễn Khắc Định", &["Chủ nhiệm Ủy ban Pháp luật của QH"])],
        ),
        (
            "Đại sứ Trương Mạnh Sơn, Tham tán Công sứ Vũ Văn Minh và Tham tán Thương mại Trần Hiệp Thương đã làm việc với đối tác.",
            &[
                ("Trương Mạnh Sơn", &["Đại sứ"]),
                ("Vũ Văn Minh", &["Tham tán Công sứ"]),
                ("Trần Hiệp Thương", &["Tham tán Thương mại"]),
            ],
        ),
        (
            "Theo Tham tán Thương mại Việt Nam tại Canada Hoàng Anh Dũng, Việt Nam tiếp tục xuất siêu sang Canada.",
            &[("Hoàng Anh Dũng", &["Tham tán Thương mại Việt Nam tại Canada"])],
        ),
        (
            "VKSND tỉnh Bình Dương đã kỷ luật kiểm sát viên Dương Văn Vũ với hình thức buộc thôi việc.",
            &[("Dương Văn Vũ", &["kiểm sát viên"])],
        ),
        (
            "Đó là LS Phạm Công Hùng – nguyên thẩm phán TAND Tối cao, LS Trần Đình Danh - nguyên kiểm sát viên VKSND Tối cao.",
            &[
                ("Phạm Công Hùng", &["nguyên thẩm phán TAND Tối cao"]),
                ("Trần Đình Danh", &["nguyên kiểm sát viên VKSND Tối cao"]),
            ],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 91 (thirty-second session): a title's body, then "thuộc" and the higher body it
/// belongs to (`of_parent`), kept in the title; a place or a plain noun after "thuộc" is not.
#[test]
fn dev_round_91_of_parent() {
    let cases: &[Case] = &[
        (
            "Trả lời báo chí, ông Hoàng Ngọc Huy - Trưởng phòng Nghiệp vụ du lịch thuộc Sở Văn hóa – Thể thao và Du lịch tỉnh Lâm Đồng cho biết: “Đây là lần đầu”.",
            &[(
                "Hoàng Ngọc Huy",
                &["Trưởng phòng Nghiệp vụ du lịch thuộc Sở Văn hóa – Thể thao và Du lịch tỉnh Lâm Đồng"],
            )],
        ),
        (
            "Ông Nguyễn Tiến Thỏa, nguyên Cục trưởng Cục Quản lý giá thuộc Bộ Tài chính, cho rằng cần phải có cái nhìn tổng quát hơn.",
            &[("Nguyễn Tiến Thỏa", &["nguyên Cục trưởng Cục Quản lý giá thuộc Bộ Tài chính"])],
        ),
        (
            "Ông Lưu Bách Chiến, Đội trưởng Đội quản lý thị trường số 2 thuộc Chi cục Quản lý thị trường TP. Hà Nội, cho biết thêm.",
            &[(
                "Lưu Bách Chiến",
                &["Đội trưởng Đội quản lý thị trường số 2 thuộc Chi cục Quản lý thị trường TP. Hà Nội"],
            )],
        ),
        (
            "Ông Đào Hồng Đức, Giám đốc Trung tâm Đăng kiểm tàu cá thuộc Tổng cục Thủy sản, thừa nhận như vậy.",
            &[("Đào Hồng Đức", &["Giám đốc Trung tâm Đăng kiểm tàu cá thuộc Tổng cục Thủy sản"])],
        ),
        // Guards: a district after "thuộc" is a place, not a parent body; a bare head keeps its
        // reading.
        (
            "Ông Trần Văn Bình, Chủ tịch UBND xã Tân Hòa thuộc huyện Châu Thành, cho biết.",
            &[("Trần Văn Bình", &["Chủ tịch UBND xã Tân Hòa"])],
        ),
        (
            "Ông Lê Văn Nam, Giám đốc Sở Y tế thuộc diện cán bộ diện Ban Thường vụ quản lý.",
            &[("Lê Văn Nam", &["Giám đốc Sở Y tế"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn dev_round_92_named_school() {
    let cases: &[Case] = &[
        (
            "Theo ông Lê Chí Thông, Trưởng phòng Đào tạo Trường ĐH Bách khoa TP.HCM, trường dự kiến tuyển thêm.",
            &[("Lê Chí Thông", &["Trưởng phòng Đào tạo Trường ĐH Bách khoa TP.HCM"])],
        ),
        (
            "Ông Nguyễn Văn Đương, Phó trưởng phòng Đào tạo Trường ĐH Kinh tế TP.HCM, cho biết như vậy.",
            &[("Nguyễn Văn Đương", &["Phó trưởng phòng Đào tạo Trường ĐH Kinh tế TP.HCM"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 91 (thirty-second session): "mới" of "đổi mới" (renewal) inside a body's name is
/// no stop word (`org::stopword`); the body's name goes on past it.
#[test]
fn dev_round_91_renewal_body() {
    let cases: &[Case] = &[
        (
            "Chiều 6/2, Phó Thủ tướng Vương Đình Huệ, Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp chủ trì cuộc làm việc.",
            &[(
                "Vương Đình Huệ",
                &["Phó Thủ tướng", "Trưởng Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp"],
            )],
        ),
        (
            "Về vấn đề thoái vốn, bà Vũ Thị Hoa, Phó Vụ trưởng Ban Đổi mới doanh nghiệp cho biết thêm.",
            &[("Vũ Thị Hoa", &["Phó Vụ trưởng Ban Đổi mới doanh nghiệp"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 91 (thirty-second session): a title read up to a whole rank or degree right before
/// the name ends before it (`rank_then_name`); a place ending in a kin word ("Cát Bà") stays.
#[test]
fn dev_round_91_rank_at_title_end() {
    let cases: &[Case] = &[
        (
            "Cục Cứu hộ - Cứu nạn đã có điện do Cục trưởng Cục Cứu hộ - Cứu nạn Thiếu tướng Trương Đức Nghĩa ký gửi các đơn vị.",
            &[("Trương Đức Nghĩa", &["Cục trưởng Cục Cứu hộ - Cứu nạn"])],
        ),
        (
            "Trong kiến nghị gửi Bộ trưởng Bộ Công an Thượng tướng Tô Lâm, GS Bình cho biết cụ thể.",
            &[("Tô Lâm", &["Bộ trưởng Bộ Công an"])],
        ),
        (
            "Ông Phạm Văn Hoàng, Giám đốc Bệnh viện đa khoa Cát Bà cho biết thêm.",
            &[("Phạm Văn Hoàng", &["Giám đốc Bệnh viện đa khoa Cát Bà"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 97 (thirty-third session), a corpus reading: an army's or the border guard's
/// unit posts (`titles.txt`: "Chính trị viên", "Đồn trưởng", "Tiểu đoàn trưởng", …) with the
/// unit by its kind and number (`military_unit`), and a lawyer with only former posts
/// (`lawyer_official`). The last rows guard a train's guard and a lawyer's firm.
#[test]
fn dev_round_97_unit_posts() {
    let cases: &[Case] = &[
        (
            "Tò mò với điều này, tôi tìm hiểu thì được đồng chí Trung tá Lê Quốc Đạt, Chính trị viên tiểu đoàn cho biết, đó là hệ thống mới.",
            &[("Lê Quốc Đạt", &["Chính trị viên tiểu đoàn"])],
        ),
        (
            "Về công tác huấn luyện, Đại úy Trần Văn Hùng, Chính trị viên Tiểu đoàn Đặc công 18 cho biết: Xác định rõ nhiệm vụ.",
            &[("Trần Văn Hùng", &["Chính trị viên Tiểu đoàn Đặc công 18"])],
        ),
        (
            "Trung tá Nguyễn Đức Giá - Đồn trưởng Đồn Biên phòng đảo Cồn Cỏ cho biết tàu đã vào đảo.",
            &[("Nguyễn Đức Giá", &["Đồn trưởng Đồn Biên phòng đảo Cồn Cỏ"])],
        ),
        (
            "Trung tá Lê Văn Hưng, Phó đồn trưởng Đồn Biên phòng Long Hòa cho biết như vậy.",
            &[("Lê Văn Hưng", &["Phó đồn trưởng Đồn Biên phòng Long Hòa"])],
        ),
        (
            "Phút thảnh thơi sau giờ huấn luyện Chính trị viên phó Hải đội 4, Thiếu tá Phạm Văn Nam khẳng định như vậy.",
            &[("Phạm Văn Nam", &["Chính trị viên phó Hải đội 4"])],
        ),
        (
            "Kết thúc luyện tập, thượng úy Phan Văn Chinh, Trung đội trưởng Trung đội 12ly7 không giấu được niềm vui.",
            &[("Phan Văn Chinh", &["Trung đội trưởng Trung đội 12ly7"])],
        ),
        (
            "Đại úy Đinh Tiến An, Tiểu đoàn trưởng Tiểu đoàn Đặc công 18 cho biết như vậy.",
            &[("Đinh Tiến An", &["Tiểu đoàn trưởng Tiểu đoàn Đặc công 18"])],
        ),
        (
            "Theo Thượng úy Đinh Ngọc Văn, Chính trị viên tàu CSB8004: Xác định rõ nhiệm vụ.",
            &[("Đinh Ngọc Văn", &["Chính trị viên tàu CSB8004"])],
        ),
        (
            "Trung tá Nguyễn Phi Hòa - Chính ủy Trung đoàn 841 chia sẻ về công tác dân vận.",
            &[("Nguyễn Phi Hòa", &["Chính ủy Trung đoàn 841"])],
        ),
        (
            "Có lẽ luật sư Dũ ít tên tuổi nhất so với các luật sư Phạm Công Hùng (nguyên thẩm phán TAND Tối cao); Luật sư Phạm Văn Cương (nguyên Phó Viện trưởng VKSND tỉnh Thanh Hóa) và luật sư Nguyễn Văn Quynh.",
            &[
                ("Phạm Công Hùng", &["nguyên thẩm phán TAND Tối cao"]),
                ("Phạm Văn Cương", &["nguyên Phó Viện trưởng VKSND tỉnh Thanh Hóa"]),
            ],
        ),
        (
            "Luật sư Phạm Công Hùng, nguyên thẩm phán TAND Tối cao cho biết như vậy.",
            &[("Phạm Công Hùng", &["nguyên thẩm phán TAND Tối cao"])],
        ),
        (
            "Trao đổi với Zing.vn, ông Hoàng Văn Thành, Trưởng tàu SNT5, cho biết đoàn tàu có 10 toa.",
            &[],
        ),
        (
            "Luật sư Nguyễn Văn Quynh, Trưởng văn phòng luật sư Hà Thành, cho biết sẽ bảo vệ quyền lợi cho gia đình.",
            &[],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 96 (thirty-third session): a working group's head ("Tổ trưởng Tổ công tác",
/// "Trưởng đoàn công tác") runs over the group ("tổ công tác", "đoàn công tác"), its
/// "đặc biệt", its code and its "của" parent (`work_team`); a bare head stays bare.
#[test]
fn dev_round_96_work_team() {
    let cases: &[Case] = &[
        (
            "Ông Trần Văn Lâm, Phó Tổng giám đốc PVN, Tổ trưởng Tổ công tác cho biết thêm về phương án.",
            &[("Trần Văn Lâm", &["Phó Tổng giám đốc PVN", "Tổ trưởng Tổ công tác"])],
        ),
        (
            "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Lê Văn Hào, Tổ trưởng Tổ công tác của Thủ tướng, dẫn đầu đoàn kiểm tra.",
            &[(
                "Lê Văn Hào",
                &["Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ", "Tổ trưởng Tổ công tác của Thủ tướng"],
            )],
        ),
        (
            "Thiếu tá Đỗ Minh Khoa, Tổ trưởng Tổ công tác đặc biệt Y12/141 Công an TP Hà Nội cho biết.",
            &[("Đỗ Minh Khoa", &["Tổ trưởng Tổ công tác đặc biệt Y12/141"])],
        ),
        (
            "Ông Phan Văn Lộc, trưởng đoàn công tác của Bộ Giao thông vận tải cho biết đoàn đã khảo sát.",
            &[("Phan Văn Lộc", &["trưởng đoàn công tác của Bộ Giao thông vận tải"])],
        ),
        (
            "Ông Lê Văn Hải, Phó Chủ tịch UBND xã An Phú, Tổ trưởng cho biết tổ công tác đã xong việc.",
            &[("Lê Văn Hải", &["Phó Chủ tịch UBND xã An Phú", "Tổ trưởng"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 96 (thirty-third session): the head of an exam site ("Trưởng điểm thi", "Phó
/// trưởng điểm thi") is a title head of `lexicon/titles.txt`; its school follows.
#[test]
fn dev_round_96_exam_site() {
    let cases: &[Case] = &[
        (
            "Ông Nguyễn Văn Hiếu, trưởng điểm thi Trường THPT Yên Lãng, cho biết các thí sinh đã có mặt.",
            &[("Nguyễn Văn Hiếu", &["trưởng điểm thi Trường THPT Yên Lãng"])],
        ),
        (
            "Thầy Hồ Văn Tân – Phó trưởng điểm thi Trường THPT Lê Lợi chia sẻ về kỳ thi.",
            &[("Hồ Văn Tân", &["Phó trưởng điểm thi Trường THPT Lê Lợi"])],
        ),
        (
            "Bà Lê Thị Mai, Hiệu trưởng Trường THPT Chu Văn An - Trưởng điểm thi Trường THPT Kim Liên, cho biết.",
            &[(
                "Lê Thị Mai",
                &["Hiệu trưởng Trường THPT Chu Văn An", "Trưởng điểm thi Trường THPT Kim Liên"],
            )],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 96 (thirty-third session): a school named for a person after its level ("trường
/// THCS Nguyễn Khuyến") is the title's body, not its holder (`school_named_for`).
#[test]
fn dev_round_96_school_named_for() {
    let cases: &[Case] = &[
        (
            "Ông Trương Văn Thuật, Hiệu trưởng trường THCS Nguyễn Khuyến cho biết sự việc.",
            &[("Trương Văn Thuật", &["Hiệu trưởng trường THCS Nguyễn Khuyến"])],
        ),
        ("Hiệu trưởng trường tiểu học Mai Động khẳng định không có việc này.", &[]),
        (
            "Thầy Lê Văn Tâm, Trưởng điểm thi Trường THPT Lương Thế Vinh, cho biết thêm.",
            &[("Lê Văn Tâm", &["Trưởng điểm thi Trường THPT Lương Thế Vinh"])],
        ),
        (
            "Hiệu trưởng Trường THPT Chu Văn An Nguyễn Văn Hùng cho biết.",
            &[("Nguyễn Văn Hùng", &["Hiệu trưởng Trường THPT Chu Văn An"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 102 (thirty-fourth session), a corpus reading: a hospital department's deputy
/// head and an army hospital's department head ("Phó khoa", "Chủ nhiệm khoa"), a department
/// named by fields joined with a dash (`dashed_department`; round 101's `department_over_dash` reads a lowercase second field), a hamlet's or a block's head and
/// its name (`hamlet_name`), and the Pentagon read as a person.
#[test]
fn dev_round_102_corpus_posts() {
    let cases: &[Case] = &[
        (
            "Theo BS Nguyễn Thế Huy, Phó khoa Tai Mũi Họng, cháu bé rất may mắn.",
            &[("Nguyễn Thế Huy", &["Phó khoa Tai Mũi Họng"])],
        ),
        (
            "Thượng tá Tạ Duy Hiền - Chủ nhiệm Khoa Hồi sức cấp cứu - cùng với kíp trực đã can thiệp.",
            &[("Tạ Duy Hiền", &["Chủ nhiệm Khoa Hồi sức cấp cứu"])],
        ),
        (
            "BS Phan Việt Tâm Anh - Phó khoa Tim mạch chia sẻ: trên bàn can thiệp đã có nhiều tình huống.",
            &[("Phan Việt Tâm Anh", &["Phó khoa Tim mạch"])],
        ),
        (
            "Bác sĩ Trương Hữu Khanh, Trưởng khoa Nhiễm – Thần kinh, Bệnh viện Nhi đồng 1 cho biết.",
            &[("Trương Hữu Khanh", &["Trưởng khoa Nhiễm – Thần kinh"])],
        ),
        (
            "Bác sĩ Nguyễn Thế Huy, Phó trưởng khoa Tai - Mũi - Họng, Bệnh viện Nhi đồng 1, đánh giá.",
            &[("Nguyễn Thế Huy", &["Phó trưởng khoa Tai - Mũi - Họng"])],
        ),
        (
            "TS.BS Lương Thị Thu Hiền – Trưởng khoa Nội nhi tổng hợp – Bệnh viện E cho biết, thủy đậu là bệnh cấp tính.",
            &[("Lương Thị Thu Hiền", &["Trưởng khoa Nội nhi tổng hợp"])],
        ),
        (
            "Ông Đinh Văn Sự, trưởng xóm 18 cho biết: hoàn cảnh gia đình chị Loan rất khó khăn.",
            &[("Đinh Văn Sự", &["trưởng xóm 18"])],
        ),
        (
            "Tối 17/6, ông Nguyễn Xuân Thanh, Trưởng làng Vân Cù, xã Hương Toàn, cho biết.",
            &[("Nguyễn Xuân Thanh", &["Trưởng làng Vân Cù"])],
        ),
        (
            "Ông Phạm Hữu Đức, Trưởng khối phố Cổ An 2, cho biết, tình trạng ô nhiễm kéo dài.",
            &[("Phạm Hữu Đức", &["Trưởng khối phố Cổ An 2"])],
        ),
        (
            "Trò chuyện với chúng tôi, trưởng khu phố 1 Nguyễn Văn Mùi ở phường Ninh Xá cho biết.",
            &[("Nguyễn Văn Mùi", &["trưởng khu phố 1"])],
        ),
        ("Tuy nhiên, người phát ngôn Lầu Năm Góc, Jeff Davis, cho biết hồi tháng 5.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 101: after "ông" or "bà" and a full name, a post naming its body with no separator
/// (a photo's caption run into the text, a comma left out) is that person's, even where another
/// name follows it; a bare post there is not read.
#[test]
fn dev_round_101_unpunctuated_post() {
    let cases: &[Case] = &[
        (
            "Ông Nguyễn Văn Tiến Chủ tịch UBND xã Phù Chẩn chia sẻ về cách làm.",
            &[("Nguyễn Văn Tiến", &["Chủ tịch UBND xã Phù Chẩn"])],
        ),
        (
            "Lễ hội an toàn. Bà Nguyễn Thị Hòa Phó trưởng ban chuyên trách Ban ATGT tỉnh Quảng Ninh Thiếu tá Lê Văn Dũng, Trưởng phòng CSGT tỉnh Nam Định cho biết.",
            &[
                ("Nguyễn Thị Hòa", &["Phó trưởng ban chuyên trách Ban ATGT tỉnh Quảng Ninh"]),
                ("Lê Văn Dũng", &["Trưởng phòng CSGT tỉnh Nam Định"]),
            ],
        ),
        (
            "Ông Vũ Văn Hải Giám đốc Sở GTVT Hà Nội. Ảnh: Thùy Dương.",
            &[("Vũ Văn Hải", &["Giám đốc Sở GTVT Hà Nội"])],
        ),
        // (a bare post after the name is not read)
        ("Ông Trần Văn Bình Chủ tịch cũng đến dự.", &[]),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 101: "Chánh TTGT" (the head of a transport inspectorate, its body abbreviated)
/// with a place or a city after it.
#[test]
fn dev_round_101_transport_inspectorate() {
    let cases: &[Case] = &[
        (
            "Hai nhà xe được ông Lê Trung Hậu, Chánh TTGT Đà Nẵng thông báo các vi phạm.",
            &[("Lê Trung Hậu", &["Chánh TTGT Đà Nẵng"])],
        ),
        (
            "Bị cáo Dương Minh Tú, nguyên Phó Chánh TTGT TP Cần Thơ bị truy tố.",
            &[("Dương Minh Tú", &["nguyên Phó Chánh TTGT TP Cần Thơ"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 101: a hospital's or a school's department named by two fields joined by a dash,
/// the second in lowercase, before the clause goes on or the hospital; not a lowercase parent
/// or hospital after the dash.
#[test]
fn dev_round_101_dashed_department() {
    let cases: &[Case] = &[
        (
            "Ông Phạm Văn Hòa, Phó trưởng khoa Chẩn đoán hình ảnh – xét nghiệm cho biết.",
            &[("Phạm Văn Hòa", &["Phó trưởng khoa Chẩn đoán hình ảnh – xét nghiệm"])],
        ),
        (
            "Theo bác sĩ Vũ Công Tâm, Trưởng khoa Phẫu thuật gây mê - hồi sức Bệnh viện Nhi đồng Đồng Nai, ca mổ thành công.",
            &[(
                "Vũ Công Tâm",
                &["Trưởng khoa Phẫu thuật gây mê - hồi sức Bệnh viện Nhi đồng Đồng Nai"],
            )],
        ),
        (
            "Bác sĩ Trương Hữu Khang - Trưởng khoa Nhiễm - thần kinh, Bệnh viện Nhi đồng 1 cho biết.",
            &[("Trương Hữu Khang", &["Trưởng khoa Nhiễm - thần kinh"])],
        ),
        // (an army hospital's department head, "Chủ nhiệm khoa", the same: the review's mend)
        (
            "Thượng tá Lê Văn An, Chủ nhiệm khoa Chẩn đoán hình ảnh – xét nghiệm cho biết.",
            &[("Lê Văn An", &["Chủ nhiệm khoa Chẩn đoán hình ảnh – xét nghiệm"])],
        ),
        // (a lowercase parent body after the dash is no field)
        (
            "Bà Hoàng Thanh Hà – Trưởng phòng Giáo dục mầm non – sở GD&ĐT Hà Nội cho biết.",
            &[("Hoàng Thanh Hà", &["Trưởng phòng Giáo dục mầm non"])],
        ),
        // (nor the next clause after a title ending in a place or a hospital)
        (
            "Bà Dương Thị Sương, Trưởng phòng GDĐT huyện Đông Anh - đây là trường hợp hiếm.",
            &[("Dương Thị Sương", &["Trưởng phòng GDĐT huyện Đông Anh"])],
        ),
        (
            "Ông Hoàng Công Tính, Phó trưởng khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh Hòa Bình - tâm sự.",
            &[("Hoàng Công Tính", &["Phó trưởng khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh Hòa Bình"])],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

/// Dev round 101: a hospital's planning department, "Kế hoạch tổng hợp", is one field.
#[test]
fn dev_round_101_planning_department() {
    let cases: &[Case] = &[(
        "Ông Nguyễn Tiến Hùng, Trưởng phòng Kế hoạch tổng hợp Bệnh viện K cho biết.",
        &[("Nguyễn Tiến Hùng", &["Trưởng phòng Kế hoạch tổng hợp Bệnh viện K"])],
    )];
    for (text, expected) in cases {
        check(text, expected);
    }
}
