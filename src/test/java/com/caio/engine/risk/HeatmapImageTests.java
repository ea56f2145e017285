package com.caio.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HeatmapImageTests {

	@Test
	void theSvgIsWellFormedAndColoursEachCellByItsBand() throws Exception {
		RiskReport report = RiskFixtures.rank("A,a,c,o,5,5,,,,,,", "B,b,c,o,1,1,,,,,,");
		Document svg = parse(HeatmapSvg.render(report));
		NodeList rects = svg.getElementsByTagName("rect");
		List<String> critical = new ArrayList<>();
		for (int n = 0; n < rects.getLength(); n++) {
			Element rect = (Element) rects.item(n);
			if (rect.getAttribute("data-band").equals("Critical")) {
				critical.add(rect.getAttribute("fill"));
			}
		}
		// scores 15, 16, 20, 20 and 25 are Critical by default: six cells (3x5, 5x3, 4x4,
		// 4x5, 5x4, 5x5)
		assertThat(critical).hasSize(6).containsOnly("#d73027");
		assertThat(svg.getDocumentElement().getTextContent()).contains("Almost certain", "Severe", "Critical 15-25");
	}

	@Test
	void aCrowdedCellShowsItsCountAndAFewIdsNotAWallOfText() throws Exception {
		String[] rows = new String[500];
		for (int n = 0; n < rows.length; n++) {
			rows[n] = String.format("R%03d,Risk %d,c,o,3,3,,,,,,", n, n);
		}
		String svg = HeatmapSvg.render(RiskFixtures.rank(rows));
		parse(svg);
		assertThat(svg).contains(">500<", ">R000<", ">R001<", ">R002<", ">+497 more<").doesNotContain(">R003<");
	}

	@Test
	void textFromTheRegisterIsEscaped() throws Exception {
		String svg = HeatmapSvg.render(RiskFixtures.rank("<script>&x,Evil,c,o,2,2,,,,,,"));
		parse(svg);
		assertThat(svg).contains("&lt;script&gt;&amp;x").doesNotContain("<script>");
	}

	@Test
	void thePngIsAReadableImageAtPrintSizeWithBandColours() throws Exception {
		RiskReport report = RiskFixtures.rank("A,a,c,o,5,5,,,,,,");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(HeatmapPng.render(report)));
		assertThat(image.getWidth()).isEqualTo(HeatmapLayout.WIDTH * HeatmapPng.SCALE);
		assertThat(image.getHeight()).isEqualTo(HeatmapLayout.HEIGHT * HeatmapPng.SCALE);
		// a corner pixel of the 5x5 cell, away from its text, has the Critical fill
		int x = (HeatmapLayout.cellX(5) + 4) * HeatmapPng.SCALE;
		int y = (HeatmapLayout.cellY(5) + 4) * HeatmapPng.SCALE;
		assertThat(image.getRGB(x, y) & 0xFFFFFF).isEqualTo(0xd73027);
		int lowX = (HeatmapLayout.cellX(1) + 4) * HeatmapPng.SCALE;
		int lowY = (HeatmapLayout.cellY(1) + 4) * HeatmapPng.SCALE;
		assertThat(image.getRGB(lowX, lowY) & 0xFFFFFF).isEqualTo(0x91cf60);
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

}
