package org.plenary.system;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;

/**
 * Word documents in one of the six languages: every run tagged with its language (so that
 * Word checks the spelling of the right one and picks its fonts: SimSun for Chinese,
 * Arial for Arabic, beside the document's own Latin font), and in Arabic every paragraph
 * and table written right to left.
 */
public final class Word {

	private Word() {
	}

	/**
	 * Marks what the document holds as written in the language; call when it is complete.
	 */
	public static void inLanguage(XWPFDocument document, Language language) {
		for (var paragraph : paragraphs(document)) {
			if (language.rightToLeft()) {
				var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr()
						: paragraph.getCTP().addNewPPr();
				if (!properties.isSetBidi()) {
					properties.addNewBidi();
				}
			}
			for (var run : paragraph.getRuns()) {
				var properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
				CTLanguage lang = properties.sizeOfLangArray() > 0 ? properties.getLangArray(0)
						: properties.addNewLang();
				switch (language) {
					case CHINESE -> lang.setEastAsia("zh-CN");
					case ARABIC -> lang.setBidi("ar-SA");
					default -> lang.setVal(language.tag());
				}
				CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0)
						: properties.addNewRFonts();
				fonts.setEastAsia("SimSun");
				fonts.setCs("Arial");
				if (language.rightToLeft()) {
					CTOnOff rtl = properties.sizeOfRtlArray() > 0 ? properties.getRtlArray(0) : properties.addNewRtl();
					rtl.setVal(Boolean.TRUE);
				}
			}
		}
		if (language.rightToLeft()) {
			for (var table : document.getTables()) {
				var properties = table.getCTTbl().getTblPr();
				if (!properties.isSetBidiVisual()) {
					properties.addNewBidiVisual();
				}
			}
		}
	}

	private static List<XWPFParagraph> paragraphs(XWPFDocument document) {
		var all = new ArrayList<>(document.getParagraphs());
		for (var table : document.getTables()) {
			for (var row : table.getRows()) {
				for (var cell : row.getTableCells()) {
					all.addAll(cell.getParagraphs());
				}
			}
		}
		return all;
	}

}
