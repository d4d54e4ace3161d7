//! Reporting verbs in every person, tense, gender and number, with وَ/فَ.

use marsad_core::attribution::Relation::{Carrier, Cites};
use marsad_core::attribution::SourceKind::{Anonymous, Document, Organization, Outlet, Person};
use marsad_core::attribution::Stance::{
    Assertive, Denial, Distancing, Neutral, Revealing, Warning,
};

use crate::harness::{Case, case, from};

pub fn cases() -> Vec<Case> {
    vec![
        case(
            "qala with a title and a name",
            "قال وزير الخارجية المغربي ناصر بوريطة إن المحادثات تسير في الاتجاه الصحيح.",
            vec![
                from("وزير الخارجية المغربي ناصر بوريطة", Person)
                    .role("وزير الخارجية المغربي")
                    .verb("قال")
                    .stance(Neutral)
                    .says("المحادثات تسير في الاتجاه الصحيح"),
            ],
        ),
        case(
            "qalat, feminine, with wa",
            "وقالت الناشطة الحقوقية سلوى بن عمر إن الاحتجاجات ستتواصل حتى تلبية المطالب.",
            vec![
                from("الناشطة الحقوقية سلوى بن عمر", Person)
                    .role("الناشطة الحقوقية")
                    .says("الاحتجاجات ستتواصل حتى تلبية المطالب"),
            ],
        ),
        case(
            "fa-qala with a colon and a quotation",
            "فقال المدرب كريم الهادي: «اللاعبون قدموا كل ما لديهم في المباراة».",
            vec![
                from("المدرب كريم الهادي", Person)
                    .role("المدرب")
                    .says("اللاعبون قدموا كل ما لديهم في المباراة"),
            ],
        ),
        case(
            "akkada, an office without a name",
            "وأكد رئيس الحكومة أن الإصلاحات ماضية رغم كل الصعوبات.",
            vec![
                from("رئيس الحكومة", Person)
                    .role("رئيس الحكومة")
                    .verb("أكّد")
                    .stance(Assertive)
                    .says("الإصلاحات ماضية رغم كل الصعوبات"),
            ],
        ),
        case(
            "akkadat, a ministry in a statement",
            "وأكدت وزارة التربية في بيان أن المدارس ستفتح أبوابها يوم الاثنين.",
            vec![
                from("وزارة التربية", Organization)
                    .stance(Assertive)
                    .document("بيان")
                    .says("المدارس ستفتح أبوابها يوم الاثنين"),
            ],
        ),
        case(
            "awdaha, an expert",
            "وأوضح الخبير الاقتصادي منير العلوي أن التضخم سيتراجع تدريجيا خلال العام.",
            vec![
                from("الخبير الاقتصادي منير العلوي", Person)
                    .role("الخبير الاقتصادي")
                    .verb("أوضح")
                    .says("التضخم سيتراجع تدريجيا خلال العام"),
            ],
        ),
        case(
            "adafa, a spokesman",
            "وأضاف المتحدث باسم الجيش أن العملية العسكرية انتهت مساء أمس.",
            vec![
                from("المتحدث باسم الجيش", Person)
                    .verb("أضاف")
                    .says("العملية العسكرية انتهت مساء أمس"),
            ],
        ),
        case(
            "ashara ila anna, a report",
            "وأشار التقرير إلى أن عدد اللاجئين تضاعف خلال عام واحد.",
            vec![
                from("التقرير", Document)
                    .verb("أشار")
                    .says("عدد اللاجئين تضاعف خلال عام واحد"),
            ],
        ),
        case(
            "dhakarat, a newspaper",
            "وذكرت صحيفة الغارديان البريطانية أن الحكومة تدرس خيارات جديدة للرد.",
            vec![
                from("صحيفة الغارديان البريطانية", Outlet)
                    .verb("ذكر")
                    .says("الحكومة تدرس خيارات جديدة للرد"),
            ],
        ),
        case(
            "a'lanat an, an object after the preposition",
            "وأعلنت وزارة الداخلية عن إيقاف ثلاثة أشخاص يشتبه في تورطهم.",
            vec![
                from("وزارة الداخلية", Organization)
                    .verb("أعلن")
                    .says("إيقاف ثلاثة أشخاص يشتبه في تورطهم"),
            ],
        ),
        case(
            "a'lana with a noun object",
            "وأعلن الاتحاد التونسي لكرة القدم تأجيل المباراة إلى موعد لاحق.",
            vec![
                from("الاتحاد التونسي لكرة القدم", Organization)
                    .verb("أعلن")
                    .says("تأجيل المباراة إلى موعد لاحق"),
            ],
        ),
        case(
            "nafa, a party denying accusations",
            "ونفى حزب العمال الاتهامات الموجهة إليه بتلقي تمويل أجنبي.",
            vec![
                from("حزب العمال", Organization)
                    .verb("نفى")
                    .stance(Denial)
                    .says("الاتهامات الموجهة إليه بتلقي تمويل أجنبي"),
            ],
        ),
        case(
            "nafat, feminine, an indefinite object",
            "ونفت الحكومة وجود أي خلاف داخل الائتلاف الحاكم.",
            vec![
                from("الحكومة", Organization)
                    .stance(Denial)
                    .says("وجود أي خلاف داخل الائتلاف الحاكم"),
            ],
        ),
        case(
            "nafaw, plural, anonymous officials",
            "ونفى مسؤولون في الوزارة أن يكون القرار قد اتخذ بالفعل.",
            vec![
                from("مسؤولون في الوزارة", Anonymous)
                    .stance(Denial)
                    .count(None)
                    .affiliation(Some("الوزارة"))
                    .says("يكون القرار قد اتخذ بالفعل"),
            ],
        ),
        case(
            "yanfi, imperfect denial",
            "وينفي المحامي فؤاد الصغير أن يكون موكله قد غادر البلاد.",
            vec![
                from("المحامي فؤاد الصغير", Person)
                    .stance(Denial)
                    .says("يكون موكله قد غادر البلاد"),
            ],
        ),
        case(
            "hadhdhara min, warning with an object",
            "وحذر خبراء من تداعيات القرار على الاقتصاد الوطني.",
            vec![
                from("خبراء", Anonymous)
                    .verb("حذّر")
                    .stance(Warning)
                    .count(None)
                    .says("تداعيات القرار على الاقتصاد الوطني"),
            ],
        ),
        case(
            "hadhdharat min anna",
            "وحذرت منظمة الصحة العالمية من أن الوباء لم ينته بعد.",
            vec![
                from("منظمة الصحة العالمية", Organization)
                    .stance(Warning)
                    .says("الوباء لم ينته بعد"),
            ],
        ),
        case(
            "yuhadhdhir, imperfect warning",
            "ويحذر الأطباء من انتشار العدوى في المدارس.",
            vec![
                from("الأطباء", Anonymous)
                    .stance(Warning)
                    .says("انتشار العدوى في المدارس"),
            ],
        ),
        case(
            "i'tabara, an analyst",
            "واعتبر المحلل السياسي فريد الزين أن الانتخابات ستكون حاسمة.",
            vec![
                from("المحلل السياسي فريد الزين", Person)
                    .verb("اعتبر")
                    .says("الانتخابات ستكون حاسمة"),
            ],
        ),
        case(
            "ta'tabir, imperfect feminine",
            "وتعتبر المعارضة أن القانون الجديد يقيد الحريات.",
            vec![
                from("المعارضة", Organization)
                    .verb("اعتبر")
                    .says("القانون الجديد يقيد الحريات"),
            ],
        ),
        case(
            "ra'a, unnamed observers",
            "ورأى مراقبون أن الاتفاق يفتح الباب أمام تسوية شاملة.",
            vec![
                from("مراقبون", Anonymous)
                    .verb("رأى")
                    .count(None)
                    .says("الاتفاق يفتح الباب أمام تسوية شاملة"),
            ],
        ),
        case(
            "yara, a researcher with a field",
            "ويرى الباحث في علم الاجتماع ماهر الشريف أن الظاهرة أعمق مما يبدو.",
            vec![
                from("الباحث في علم الاجتماع ماهر الشريف", Person)
                    .verb("رأى")
                    .says("الظاهرة أعمق مما يبدو"),
            ],
        ),
        case(
            "kashafa, a security source",
            "وكشف مصدر أمني أن المشتبه به اعتقل في العاصمة.",
            vec![
                from("مصدر أمني", Anonymous)
                    .verb("كشف")
                    .stance(Revealing)
                    .count(Some(1))
                    .affiliation(Some("أمني"))
                    .says("المشتبه به اعتقل في العاصمة"),
            ],
        ),
        case(
            "kashafat an, revealing an object",
            "وكشفت الشركة عن خطة لتسريح مئات العمال.",
            vec![
                from("الشركة", Organization)
                    .stance(Revealing)
                    .says("خطة لتسريح مئات العمال"),
            ],
        ),
        case(
            "afada bi-anna, eyewitnesses",
            "وأفاد شهود عيان بأن إطلاق النار استمر ساعات.",
            vec![
                from("شهود عيان", Anonymous)
                    .verb("أفاد")
                    .count(None)
                    .affiliation(None)
                    .says("إطلاق النار استمر ساعات"),
            ],
        ),
        case(
            "afadat, a news agency",
            "وأفادت وكالة رويترز بأن المحادثات انتهت دون اتفاق.",
            vec![
                from("وكالة رويترز", Outlet)
                    .verb("أفاد")
                    .says("المحادثات انتهت دون اتفاق"),
            ],
        ),
        case(
            "sarraha to a radio",
            "وصرّح رئيس البلدية لإذاعة محلية بأن الأشغال ستنتهي قريبا.",
            vec![
                from("رئيس البلدية", Person)
                    .verb("صرّح")
                    .via(&[("إذاعة محلية", Outlet, Carrier)])
                    .says("الأشغال ستنتهي قريبا"),
            ],
        ),
        case(
            "naqala an, an outlet quoting a minister",
            "ونقل التلفزيون الرسمي عن وزير الدفاع قوله إن القوات في حالة تأهب.",
            vec![
                from("التلفزيون الرسمي", Outlet)
                    .verb("نقل")
                    .via(&[("وزير الدفاع", Person, Cites)])
                    .says("القوات في حالة تأهب"),
            ],
        ),
        case(
            "awrada, a site",
            "وأورد موقع «الجزيرة نت» أن المفاوضات استؤنفت بعد توقف.",
            vec![
                from("موقع «الجزيرة نت»", Outlet)
                    .verb("أورد")
                    .says("المفاوضات استؤنفت بعد توقف"),
            ],
        ),
        case(
            "shaddada ala, an object",
            "وشدد الرئيس على ضرورة احترام الدستور.",
            vec![
                from("الرئيس", Person)
                    .verb("شدّد")
                    .stance(Assertive)
                    .says("ضرورة احترام الدستور"),
            ],
        ),
        case(
            "shaddadat ala anna, a union",
            "وشددت النقابة على أن الإضراب قائم في موعده.",
            vec![
                from("النقابة", Organization)
                    .stance(Assertive)
                    .says("الإضراب قائم في موعده"),
            ],
        ),
        case(
            "za'ama, distancing",
            "وزعم المتحدث باسم الميليشيا أن قواته لم تستهدف المدنيين.",
            vec![
                from("المتحدث باسم الميليشيا", Person)
                    .verb("زعم")
                    .stance(Distancing)
                    .says("قواته لم تستهدف المدنيين"),
            ],
        ),
        case(
            "idda'a in a statement",
            "وادّعى التنظيم في بيان أن عناصره سيطروا على القرية.",
            vec![
                from("التنظيم", Organization)
                    .verb("ادّعى")
                    .stance(Distancing)
                    .document("بيان")
                    .says("عناصره سيطروا على القرية"),
            ],
        ),
        case(
            "yaz'umun, imperfect plural",
            "ويزعم المهربون أن البضائع دخلت بطريقة قانونية.",
            vec![
                from("المهربون", Anonymous)
                    .stance(Distancing)
                    .says("البضائع دخلت بطريقة قانونية"),
            ],
        ),
        case(
            "taba'a with a colon",
            "وتابع وزير التجارة: «لن نتراجع عن هذا القرار مهما كانت الضغوط».",
            vec![
                from("وزير التجارة", Person)
                    .verb("تابع")
                    .says("لن نتراجع عن هذا القرار مهما كانت الضغوط"),
            ],
        ),
        case(
            "lafata ila anna",
            "ولفت الخبير إلى أن الأسعار ارتفعت بشكل غير مسبوق.",
            vec![
                from("الخبير", Person)
                    .verb("لفت")
                    .says("الأسعار ارتفعت بشكل غير مسبوق"),
            ],
        ),
        case(
            "nawwaha bi, praise as an object",
            "ونوّه رئيس الجمعية بالدور الذي لعبه المتطوعون.",
            vec![
                from("رئيس الجمعية", Person)
                    .verb("نوّه")
                    .says("بالدور الذي لعبه المتطوعون"),
            ],
        ),
        case(
            "ablagha, telling journalists",
            "وأبلغ مسؤول أمريكي الصحفيين أن الزيارة أرجئت.",
            vec![
                from("مسؤول أمريكي", Anonymous)
                    .verb("أبلغ")
                    .count(Some(1))
                    .affiliation(Some("أمريكي"))
                    .says("الزيارة أرجئت"),
            ],
        ),
        case(
            "taqul, imperfect feminine, authorities",
            "وتقول السلطات إن الوضع تحت السيطرة.",
            vec![
                from("السلطات", Organization)
                    .verb("قال")
                    .says("الوضع تحت السيطرة"),
            ],
        ),
        case(
            "yaqul, imperfect after a quotation",
            "«الوضع تحت السيطرة تماما»، يقول مسؤول محلي.",
            vec![
                from("مسؤول محلي", Anonymous)
                    .verb("قال")
                    .says("الوضع تحت السيطرة تماما"),
            ],
        ),
        case(
            "qala after a quotation",
            "«لن نسمح بتكرار ما حدث في الملعب»، قال قائد الشرطة.",
            vec![from("قائد الشرطة", Person).says("لن نسمح بتكرار ما حدث في الملعب")],
        ),
        case(
            "akkada, dual sources",
            "وأكد مصدران في الشرطة أن الموقوفين أحيلوا على القضاء.",
            vec![
                from("مصدران في الشرطة", Anonymous)
                    .count(Some(2))
                    .affiliation(Some("الشرطة"))
                    .says("الموقوفين أحيلوا على القضاء"),
            ],
        ),
        case(
            "akkada, two named people (dual verb)",
            "وأكدا أن العمل سيتواصل.",
            vec![],
        ),
        case(
            "abraza, a Maghrebi reporting verb",
            "وأبرز المدير الجهوي للصحة أن الحملة شملت كل المعتمديات.",
            vec![
                from("المدير الجهوي للصحة", Person)
                    .verb("أبرز")
                    .says("الحملة شملت كل المعتمديات"),
            ],
        ),
        case(
            "bayyana, clarifying",
            "وبيّن رئيس الهيئة أن التسجيل مفتوح إلى نهاية الشهر.",
            vec![
                from("رئيس الهيئة", Person)
                    .verb("بيّن")
                    .says("التسجيل مفتوح إلى نهاية الشهر"),
            ],
        ),
        case(
            "lahadha, noting",
            "ولاحظ التقرير السنوي أن الاستثمار الأجنبي تراجع.",
            vec![
                from("التقرير السنوي", Document)
                    .verb("لاحظ")
                    .says("الاستثمار الأجنبي تراجع"),
            ],
        ),
        case(
            "da'a ila, calling for",
            "ودعا الأمين العام للأمم المتحدة إلى وقف فوري لإطلاق النار.",
            vec![
                from("الأمين العام للأمم المتحدة", Person)
                    .verb("دعا")
                    .says("وقف فوري لإطلاق النار"),
            ],
        ),
        case(
            "a'raba an, expressing",
            "وأعرب الاتحاد الأوروبي عن قلقه من تصاعد العنف.",
            vec![
                from("الاتحاد الأوروبي", Organization)
                    .verb("أعرب")
                    .says("قلقه من تصاعد العنف"),
            ],
        ),
        case(
            "khatama qa'ilan, one report not two",
            "وختم الوزير كلمته قائلا إن الوطن فوق كل اعتبار.",
            vec![
                from("الوزير", Person)
                    .verb("ختم")
                    .says("الوطن فوق كل اعتبار"),
            ],
        ),
        case(
            "the subject before the verb",
            "الوزير قال إن الميزانية ستعرض على البرلمان الأسبوع المقبل.",
            vec![from("الوزير", Person).says("الميزانية ستعرض على البرلمان الأسبوع المقبل")],
        ),
        case(
            "the subject before the verb with an aside",
            "وزارة الصحة، من جهتها، أكدت أن الوضع الوبائي مستقر.",
            vec![from("وزارة الصحة", Organization).says("الوضع الوبائي مستقر")],
        ),
        case(
            "a state speaking",
            "وقالت مصر إن المعبر سيبقى مفتوحا طوال الأسبوع.",
            vec![from("مصر", Organization).says("المعبر سيبقى مفتوحا طوال الأسبوع")],
        ),
        case(
            "a kunya",
            "وقال أبو سامي، صاحب متجر في السوق: «لم نر شيئا كهذا من قبل».",
            vec![from("أبو سامي", Person).says("لم نر شيئا كهذا من قبل")],
        ),
        case(
            "a named MP with the party he sits for",
            "وقال النائب عن حركة الشعب زهير المغزاوي إن الكتلة ستصوت ضد القانون.",
            vec![
                from("النائب عن حركة الشعب زهير المغزاوي", Person)
                    .name("زهير المغزاوي")
                    .says("الكتلة ستصوت ضد القانون"),
            ],
        ),
        case(
            "a governor in a press statement",
            "وأكد والي صفاقس في تصريح إعلامي أن الأشغال ستنطلق الشهر القادم.",
            vec![
                from("والي صفاقس", Person)
                    .document("تصريح")
                    .says("الأشغال ستنطلق الشهر القادم"),
            ],
        ),
        case(
            "tawaqqa'a, a forecast attributed",
            "وتوقع البنك الدولي أن يتباطأ النمو في المنطقة.",
            vec![
                from("البنك الدولي", Organization)
                    .verb("توقع")
                    .says("يتباطأ النمو في المنطقة"),
            ],
        ),
        case(
            "wasafa bi, describing",
            "ووصفت الخارجية الروسية الهجوم بأنه عمل إرهابي.",
            vec![
                from("الخارجية الروسية", Organization)
                    .verb("وصف")
                    .says("عمل إرهابي"),
            ],
        ),
        case(
            "kataba on an account",
            "وكتب الرئيس الفرنسي على حسابه في منصة إكس: «فرنسا تقف إلى جانب الشعب اللبناني».",
            vec![
                from("الرئيس الفرنسي", Person)
                    .verb("كتب")
                    .says("فرنسا تقف إلى جانب الشعب اللبناني"),
            ],
        ),
        case(
            "i'tarafa, admitting",
            "واعترف المدرب بأن الفريق لم يكن في أفضل حالاته.",
            vec![
                from("المدرب", Person)
                    .verb("اعترف")
                    .says("الفريق لم يكن في أفضل حالاته"),
            ],
        ),
        case(
            "women, a plural the lists know",
            "وقالت نساء من القرية إن الجنود انسحبوا فجرا.",
            vec![
                from("نساء من القرية", Anonymous)
                    .count(None)
                    .affiliation(Some("القرية"))
                    .says("الجنود انسحبوا فجرا"),
            ],
        ),
        case(
            "a named minister whose name has the article, before a comma",
            "وأعلن وزير الفلاحة الأسعد الاشعل، الثلاثاء بتونس، أن صابة الحبوب بلغت مستوى قياسيا.",
            vec![from("وزير الفلاحة الأسعد الاشعل", Person).says("صابة الحبوب بلغت مستوى قياسيا")],
        ),
        case(
            "the two remaining, counted and unnamed",
            "وصرح ثلاثة منهم بأنهم من السنغال فيما أفاد الاثنان المتبقيان بأنهما من غانا.",
            vec![
                from("ثلاثة منهم", Anonymous).count(Some(3)),
                from("الاثنان المتبقيان", Anonymous)
                    .count(Some(2))
                    .says("من غانا"),
            ],
        ),
        case(
            "a midfielder, not a time",
            "وأفصح لاعب وسط برشلونة إيفان راكيتيتش عن بعض أسرار زميله.",
            vec![
                from("لاعب وسط برشلونة إيفان راكيتيتش", Person)
                    .stance(Revealing)
                    .says("بعض أسرار زميله"),
            ],
        ),
        case(
            "a place of birth set off by a comma",
            "ويقول المشجع الشهير المولود في الجزائر، إن الديك رمز للمنتخب.",
            vec![from("المشجع الشهير المولود", Person).says("الديك رمز للمنتخب")],
        ),
        case(
            "people close to a named person are unnamed",
            "وقال مقربون من الرئيس الفرنسي إيمانويل ماكرون «إنها امرأة تشارك في حياة زوجها».",
            vec![
                from("مقربون من الرئيس الفرنسي إيمانويل ماكرون", Anonymous)
                    .count(None)
                    .says("إنها امرأة تشارك في حياة زوجها"),
            ],
        ),
        case(
            "some websites, unnamed outlets",
            "وأوضحت بعض المواقع الإلكترونية أن الحراس تمكنوا من السيطرة على الوضع.",
            vec![from("بعض المواقع الإلكترونية", Outlet).says("الحراس تمكنوا من السيطرة على الوضع")],
        ),
        case(
            "an office, then the name in apposition",
            "ودعا الخبير الاقتصادي، رضا الشكندالي إلى مراجعة منظومة الدعم.",
            vec![
                from("الخبير الاقتصادي، رضا الشكندالي", Person)
                    .role("الخبير الاقتصادي")
                    .says("مراجعة منظومة الدعم"),
            ],
        ),
        case(
            "an office in an organisation and a place, then the name",
            "وأكد الكاتب العام المساعد بالاتحاد الجهوي للشغل بصفاقس، محمد العياري، أن الإضراب قائم.",
            vec![
                from(
                    "الكاتب العام المساعد بالاتحاد الجهوي للشغل بصفاقس، محمد العياري",
                    Person,
                )
                .says("الإضراب قائم"),
            ],
        ),
        case(
            "two offices joined by wa",
            "وأكد رئيس الجمعية ورئيس البلدية كمال الجربي أن المهرجان سينطلق الجمعة.",
            vec![
                from("رئيس الجمعية ورئيس البلدية كمال الجربي", Person)
                    .says("المهرجان سينطلق الجمعة"),
            ],
        ),
        case(
            "a subject after illa anna",
            "ورغم نفي الشركة، إلا أن موقع «تك نيوز» أكد أن الأجهزة ستسحب من الأسواق.",
            vec![from("موقع «تك نيوز»", Outlet).says("الأجهزة ستسحب من الأسواق")],
        ),
        case(
            "a communique of its own is no outlet",
            "وأفادت وزارة الصحة في بلاغ لها بأن الحملة ستتواصل.",
            vec![
                from("وزارة الصحة", Organization)
                    .document("بلاغ")
                    .via(&[])
                    .says("الحملة ستتواصل"),
            ],
        ),
        case(
            "a father, not wa plus a definite word",
            "وأكد والد الطفل أن حالته تحسنت.",
            vec![from("والد الطفل", Person).says("حالته تحسنت")],
        ),
        case(
            "a ministry with a coordinated name",
            "وأكدت وزارة الطاقة والمناجم أن الإنتاج توقف.",
            vec![from("وزارة الطاقة والمناجم", Organization).says("الإنتاج توقف")],
        ),
        case(
            "in particular is not a source",
            "وأعلن بالخصوص عن قرار الإخلاء الفوري للمبيت.",
            vec![],
        ),
        case(
            "said to them, a pronoun before the quotation",
            "وسألوه عن السبب، حيث قال لهم: «لقد تأخرت القافلة بسبب الطقس».",
            vec![],
        ),
        case(
            "two companies",
            "وقالت الشركتان إن الاتفاق سيوقع الشهر المقبل.",
            vec![from("الشركتان", Organization).says("الاتفاق سيوقع الشهر المقبل")],
        ),
        case(
            "leaflets that call on the young: a description, not a report",
            "وضبط وهو يوزع مناشير تدعو الشباب إلى الالتحاق بالتنظيم.",
            vec![],
        ),
        case(
            "an office of a named organisation in quotation marks",
            "وقال الرئيس التنفيذي لمنظمة «سيكو» الطاهر بياحي إن المكتب سيفتح قريبا.",
            vec![
                from("الرئيس التنفيذي لمنظمة «سيكو» الطاهر بياحي", Person)
                    .via(&[])
                    .says("المكتب سيفتح قريبا"),
            ],
        ),
        case(
            "the head of a network named without the article",
            "وقال رئيس شبكة دستورنا إن الخطاب كان عاديا.",
            vec![from("رئيس شبكة دستورنا", Person).says("الخطاب كان عاديا")],
        ),
        case(
            "a foreign name the lists do not know, after a title",
            "وقال السيد كورونيس إنه سعيد جدا بالنتيجة.",
            vec![from("السيد كورونيس", Person).says("سعيد جدا بالنتيجة")],
        ),
        case(
            "a first name, then the surname, before the object",
            "وكشف مايك بنس، نائب الرئيس، عن موعد إطلاق القوة الجديدة.",
            vec![
                from("مايك بنس", Person)
                    .stance(Revealing)
                    .says("موعد إطلاق القوة الجديدة"),
            ],
        ),
        case(
            "the coast guard is an organisation",
            "وأعلن خفر السواحل الإيطالي إنقاذ مئات المهاجرين في البحر.",
            vec![from("خفر السواحل الإيطالي", Organization).says("إنقاذ مئات المهاجرين في البحر")],
        ),
    ]
}
