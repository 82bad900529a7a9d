package docx

// The page: A4 portrait with the PDF's margins (pdf/page.go: 22 mm left, 18 mm
// right, 14 mm top, 12 mm bottom), in twentieths of a point; the column is 170 mm.
const (
	pageW        = 11906 // 210 mm
	pageH        = 16838 // 297 mm
	marginLeft   = 1247
	marginRight  = 1020
	marginTop    = 794
	marginBottom = 680
	columnMM     = 170.0
	maxPhotoMM   = 150.0 // a photo's greatest height, as in the PDF
)

// font is the typeface of every style, for every script: the one Vietnamese
// offices use, with every letter of Vietnamese, on Windows and Mac alike.
const font = "Times New Roman"

const fonts = `<w:rFonts w:ascii="` + font + `" w:hAnsi="` + font + `" w:eastAsia="` + font + `" w:cs="` + font + `"/>`

// Style ids, and the names Word and LibreOffice show; Read finds the report's
// parts again by these names.
const (
	styleKicker   = "Kicker"
	styleTitle    = "Title"
	styleLead     = "Lead"
	styleCaption  = "Caption"
	styleByline   = "Byline"
	styleSentence = "AwardSentence"
	styleCell     = "TableText"
	styleTable    = "AwardTable"
	styleUnit     = "AwardUnit" // a character style: the unit in an award table's detail cell
)

// stylesXML defines the document's styles: Normal (the body: justified, 13 pt),
// the report's own paragraph styles, and the award table's.
const stylesXML = xmlHd + `<w:styles xmlns:w="` + nsW + `">` +
	`<w:docDefaults><w:rPrDefault><w:rPr>` + fonts + `<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr>` + fonts + `</w:rPr></w:style>` +
	`<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="` + styleKicker + `"><w:name w:val="Kicker"/><w:basedOn w:val="Normal"/><w:next w:val="Title"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:after="60"/><w:jc w:val="left"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="8B1A1A"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="` + styleTitle + `"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Lead"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:after="240" w:line="252" w:lineRule="auto"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="38"/><w:szCs w:val="38"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="` + styleLead + `"><w:name w:val="Lead"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="200"/></w:pPr><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="` + styleCaption + `"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="60" w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:iCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="` + styleByline + `"><w:name w:val="Byline"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="120"/><w:jc w:val="right"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="` + styleSentence + `"><w:name w:val="Award Sentence"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:jc w:val="left"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="` + styleCell + `"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="Picture"><w:name w:val="Picture"/><w:basedOn w:val="Normal"/><w:next w:val="Caption"/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr></w:style>` +
	`<w:style w:type="character" w:customStyle="1" w:styleId="` + styleUnit + `"><w:name w:val="Award Unit"/><w:basedOn w:val="DefaultParagraphFont"/></w:style>` +
	`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
	`<w:style w:type="table" w:customStyle="1" w:styleId="` + styleTable + `"><w:name w:val="Award Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>` +
	`<w:top w:val="single" w:sz="4" w:space="0" w:color="5A5A5A"/><w:left w:val="single" w:sz="4" w:space="0" w:color="5A5A5A"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="5A5A5A"/><w:right w:val="single" w:sz="4" w:space="0" w:color="5A5A5A"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="5A5A5A"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="5A5A5A"/>` +
	`</w:tblBorders></w:tblPr></w:style>` +
	`</w:styles>`

const settingsXML = xmlHd + `<w:settings xmlns:w="` + nsW + `"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="vi-VN"/></w:settings>`

const fontTableXML = xmlHd + `<w:fonts xmlns:w="` + nsW + `"><w:font w:name="` + font + `"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`
