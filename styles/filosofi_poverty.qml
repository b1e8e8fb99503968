<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyMaxScale="1" maxScale="0" simplifyDrawingHints="1" minScale="100000000" version="3.22.16-Białowieża" readOnly="0" styleCategories="AllStyleCategories" labelsEnabled="0" simplifyDrawingTol="1" hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" simplifyLocal="1" symbologyReferenceScale="-1">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal endField="" endExpression="" durationField="" mode="0" fixedDuration="0" enabled="0" startExpression="" accumulate="0" startField="" limitMode="0" durationUnit="min">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 forceraster="0" symbollevels="0" type="graduatedSymbol" graduatedMethod="GraduatedColor" attr="CASE WHEN &quot;men&quot; > 0 THEN 100.0 * &quot;men_pauv&quot; / &quot;men&quot; END" referencescale="-1" enableorderby="0">
    <ranges>
      <range render="true" label="0 – 5 %" upper="5.000000000000000" lower="0.000000000000000" symbol="0"/>
      <range render="true" label="5 – 10 %" upper="10.000000000000000" lower="5.000000000000000" symbol="1"/>
      <range render="true" label="10 – 15 %" upper="15.000000000000000" lower="10.000000000000000" symbol="2"/>
      <range render="true" label="15 – 20 %" upper="20.000000000000000" lower="15.000000000000000" symbol="3"/>
      <range render="true" label="20 – 30 %" upper="30.000000000000000" lower="20.000000000000000" symbol="4"/>
      <range render="true" label="30 – 100 %" upper="100.000000000000000" lower="30.000000000000000" symbol="5"/>
    </ranges>
    <symbols>
      <symbol name="0" clip_to_extent="1" alpha="1" type="fill" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="255,255,178,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="35,35,35,255" type="QString"/>
            <Option name="outline_style" value="no" type="QString"/>
            <Option name="outline_width" value="0.26" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="255,255,178,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="35,35,35,255"/>
          <prop k="outline_style" v="no"/>
          <prop k="outline_width" v="0.26"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="1" clip_to_extent="1" alpha="1" type="fill" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="254,217,118,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="35,35,35,255" type="QString"/>
            <Option name="outline_style" value="no" type="QString"/>
            <Option name="outline_width" value="0.26" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="254,217,118,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="35,35,35,255"/>
          <prop k="outline_style" v="no"/>
          <prop k="outline_width" v="0.26"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="2" clip_to_extent="1" alpha="1" type="fill" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="254,178,76,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="35,35,35,255" type="QString"/>
            <Option name="outline_style" value="no" type="QString"/>
            <Option name="outline_width" value="0.26" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="254,178,76,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="35,35,35,255"/>
          <prop k="outline_style" v="no"/>
          <prop k="outline_width" v="0.26"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="3" clip_to_extent="1" alpha="1" type="fill" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="253,141,60,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="35,35,35,255" type="QString"/>
            <Option name="outline_style" value="no" type="QString"/>
            <Option name="outline_width" value="0.26" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="253,141,60,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="35,35,35,255"/>
          <prop k="outline_style" v="no"/>
          <prop k="outline_width" v="0.26"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="4" clip_to_extent="1" alpha="1" type="fill" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="240,59,32,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="35,35,35,255" type="QString"/>
            <Option name="outline_style" value="no" type="QString"/>
            <Option name="outline_width" value="0.26" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="240,59,32,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="35,35,35,255"/>
          <prop k="outline_style" v="no"/>
          <prop k="outline_width" v="0.26"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
      <symbol name="5" clip_to_extent="1" alpha="1" type="fill" force_rhr="0">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" locked="0" pass="0" enabled="1">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="color" value="189,0,38,255" type="QString"/>
            <Option name="joinstyle" value="bevel" type="QString"/>
            <Option name="offset" value="0,0" type="QString"/>
            <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
            <Option name="offset_unit" value="MM" type="QString"/>
            <Option name="outline_color" value="35,35,35,255" type="QString"/>
            <Option name="outline_style" value="no" type="QString"/>
            <Option name="outline_width" value="0.26" type="QString"/>
            <Option name="outline_width_unit" value="MM" type="QString"/>
            <Option name="style" value="solid" type="QString"/>
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="color" v="189,0,38,255"/>
          <prop k="joinstyle" v="bevel"/>
          <prop k="offset" v="0,0"/>
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
          <prop k="offset_unit" v="MM"/>
          <prop k="outline_color" v="35,35,35,255"/>
          <prop k="outline_style" v="no"/>
          <prop k="outline_width" v="0.26"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="style" v="solid"/>
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
        </layer>
      </symbol>
    </symbols>
    <colorramp name="[source]" type="gradient">
      <Option type="Map">
        <Option name="color1" value="255,255,178,255" type="QString"/>
        <Option name="color2" value="189,0,38,255" type="QString"/>
        <Option name="discrete" value="0" type="QString"/>
        <Option name="rampType" value="gradient" type="QString"/>
        <Option name="stops" value="0.2;254,217,118,255:0.4;254,178,76,255:0.6;253,141,60,255:0.8;240,59,32,255" type="QString"/>
      </Option>
      <prop k="color1" v="255,255,178,255"/>
      <prop k="color2" v="189,0,38,255"/>
      <prop k="discrete" v="0"/>
      <prop k="rampType" v="gradient"/>
      <prop k="stops" v="0.2;254,217,118,255:0.4;254,178,76,255:0.6;253,141,60,255:0.8;240,59,32,255"/>
    </colorramp>
    <classificationMethod id="Custom">
      <symmetricMode enabled="0" symmetrypoint="0" astride="0"/>
      <labelFormat labelprecision="4" trimtrailingzeroes="1" format="%1 - %2"/>
      <parameters>
        <Option/>
      </parameters>
      <extraInformation/>
    </classificationMethod>
    <rotation/>
    <sizescale/>
  </renderer-v2>
  <customproperties>
    <Option type="Map">
      <Option name="OnConvertFormatRegeneratePrimaryKey" value="false" type="bool"/>
      <Option name="coodiag/sources" value="Insee, Filosofi 2019" type="QString"/>
      <Option name="coodiag/vintage" value="2019" type="QString"/>
    </Option>
  </customproperties>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <geometryOptions removeDuplicateNodes="0" geometryPrecision="0">
    <activeChecks type="StringList">
      <Option value="" type="QString"/>
    </activeChecks>
    <checkConfiguration/>
  </geometryOptions>
  <legend showLabelLegend="0" type="default-vector"/>
  <referencedLayers/>
  <fieldConfiguration>
    <field name="idcar" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="idcar_200m" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="idcar_1km" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="i_est_200" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="men" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="men_pauv" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="men_1ind" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="men_5ind" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="men_prop" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="men_fmp" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_snv" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="men_surf" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="men_coll" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="men_mais" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="log_av45" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="log_45_70" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="log_70_90" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="log_ap90" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="log_inc" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="log_soc" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_0_3" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_4_5" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_6_10" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_11_17" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_18_24" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_25_39" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_40_54" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_55_64" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_65_79" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_80p" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="ind_inc" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="vintage" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
    <field name="cell_size" configurationFlags="None">
      <editWidget type="">
        <config>
          <Option/>
        </config>
      </editWidget>
    </field>
  </fieldConfiguration>
  <aliases>
    <alias name="" field="idcar" index="0"/>
    <alias name="" field="idcar_200m" index="1"/>
    <alias name="" field="idcar_1km" index="2"/>
    <alias name="" field="i_est_200" index="3"/>
    <alias name="" field="ind" index="4"/>
    <alias name="" field="men" index="5"/>
    <alias name="" field="men_pauv" index="6"/>
    <alias name="" field="men_1ind" index="7"/>
    <alias name="" field="men_5ind" index="8"/>
    <alias name="" field="men_prop" index="9"/>
    <alias name="" field="men_fmp" index="10"/>
    <alias name="" field="ind_snv" index="11"/>
    <alias name="" field="men_surf" index="12"/>
    <alias name="" field="men_coll" index="13"/>
    <alias name="" field="men_mais" index="14"/>
    <alias name="" field="log_av45" index="15"/>
    <alias name="" field="log_45_70" index="16"/>
    <alias name="" field="log_70_90" index="17"/>
    <alias name="" field="log_ap90" index="18"/>
    <alias name="" field="log_inc" index="19"/>
    <alias name="" field="log_soc" index="20"/>
    <alias name="" field="ind_0_3" index="21"/>
    <alias name="" field="ind_4_5" index="22"/>
    <alias name="" field="ind_6_10" index="23"/>
    <alias name="" field="ind_11_17" index="24"/>
    <alias name="" field="ind_18_24" index="25"/>
    <alias name="" field="ind_25_39" index="26"/>
    <alias name="" field="ind_40_54" index="27"/>
    <alias name="" field="ind_55_64" index="28"/>
    <alias name="" field="ind_65_79" index="29"/>
    <alias name="" field="ind_80p" index="30"/>
    <alias name="" field="ind_inc" index="31"/>
    <alias name="" field="vintage" index="32"/>
    <alias name="" field="cell_size" index="33"/>
  </aliases>
  <defaults>
    <default field="idcar" expression="" applyOnUpdate="0"/>
    <default field="idcar_200m" expression="" applyOnUpdate="0"/>
    <default field="idcar_1km" expression="" applyOnUpdate="0"/>
    <default field="i_est_200" expression="" applyOnUpdate="0"/>
    <default field="ind" expression="" applyOnUpdate="0"/>
    <default field="men" expression="" applyOnUpdate="0"/>
    <default field="men_pauv" expression="" applyOnUpdate="0"/>
    <default field="men_1ind" expression="" applyOnUpdate="0"/>
    <default field="men_5ind" expression="" applyOnUpdate="0"/>
    <default field="men_prop" expression="" applyOnUpdate="0"/>
    <default field="men_fmp" expression="" applyOnUpdate="0"/>
    <default field="ind_snv" expression="" applyOnUpdate="0"/>
    <default field="men_surf" expression="" applyOnUpdate="0"/>
    <default field="men_coll" expression="" applyOnUpdate="0"/>
    <default field="men_mais" expression="" applyOnUpdate="0"/>
    <default field="log_av45" expression="" applyOnUpdate="0"/>
    <default field="log_45_70" expression="" applyOnUpdate="0"/>
    <default field="log_70_90" expression="" applyOnUpdate="0"/>
    <default field="log_ap90" expression="" applyOnUpdate="0"/>
    <default field="log_inc" expression="" applyOnUpdate="0"/>
    <default field="log_soc" expression="" applyOnUpdate="0"/>
    <default field="ind_0_3" expression="" applyOnUpdate="0"/>
    <default field="ind_4_5" expression="" applyOnUpdate="0"/>
    <default field="ind_6_10" expression="" applyOnUpdate="0"/>
    <default field="ind_11_17" expression="" applyOnUpdate="0"/>
    <default field="ind_18_24" expression="" applyOnUpdate="0"/>
    <default field="ind_25_39" expression="" applyOnUpdate="0"/>
    <default field="ind_40_54" expression="" applyOnUpdate="0"/>
    <default field="ind_55_64" expression="" applyOnUpdate="0"/>
    <default field="ind_65_79" expression="" applyOnUpdate="0"/>
    <default field="ind_80p" expression="" applyOnUpdate="0"/>
    <default field="ind_inc" expression="" applyOnUpdate="0"/>
    <default field="vintage" expression="" applyOnUpdate="0"/>
    <default field="cell_size" expression="" applyOnUpdate="0"/>
  </defaults>
  <constraints>
    <constraint field="idcar" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="idcar_200m" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="idcar_1km" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="i_est_200" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="men" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="men_pauv" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="men_1ind" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="men_5ind" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="men_prop" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="men_fmp" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_snv" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="men_surf" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="men_coll" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="men_mais" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="log_av45" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="log_45_70" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="log_70_90" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="log_ap90" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="log_inc" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="log_soc" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_0_3" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_4_5" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_6_10" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_11_17" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_18_24" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_25_39" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_40_54" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_55_64" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_65_79" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_80p" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="ind_inc" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="vintage" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
    <constraint field="cell_size" unique_strength="0" constraints="0" exp_strength="0" notnull_strength="0"/>
  </constraints>
  <constraintExpressions>
    <constraint field="idcar" exp="" desc=""/>
    <constraint field="idcar_200m" exp="" desc=""/>
    <constraint field="idcar_1km" exp="" desc=""/>
    <constraint field="i_est_200" exp="" desc=""/>
    <constraint field="ind" exp="" desc=""/>
    <constraint field="men" exp="" desc=""/>
    <constraint field="men_pauv" exp="" desc=""/>
    <constraint field="men_1ind" exp="" desc=""/>
    <constraint field="men_5ind" exp="" desc=""/>
    <constraint field="men_prop" exp="" desc=""/>
    <constraint field="men_fmp" exp="" desc=""/>
    <constraint field="ind_snv" exp="" desc=""/>
    <constraint field="men_surf" exp="" desc=""/>
    <constraint field="men_coll" exp="" desc=""/>
    <constraint field="men_mais" exp="" desc=""/>
    <constraint field="log_av45" exp="" desc=""/>
    <constraint field="log_45_70" exp="" desc=""/>
    <constraint field="log_70_90" exp="" desc=""/>
    <constraint field="log_ap90" exp="" desc=""/>
    <constraint field="log_inc" exp="" desc=""/>
    <constraint field="log_soc" exp="" desc=""/>
    <constraint field="ind_0_3" exp="" desc=""/>
    <constraint field="ind_4_5" exp="" desc=""/>
    <constraint field="ind_6_10" exp="" desc=""/>
    <constraint field="ind_11_17" exp="" desc=""/>
    <constraint field="ind_18_24" exp="" desc=""/>
    <constraint field="ind_25_39" exp="" desc=""/>
    <constraint field="ind_40_54" exp="" desc=""/>
    <constraint field="ind_55_64" exp="" desc=""/>
    <constraint field="ind_65_79" exp="" desc=""/>
    <constraint field="ind_80p" exp="" desc=""/>
    <constraint field="ind_inc" exp="" desc=""/>
    <constraint field="vintage" exp="" desc=""/>
    <constraint field="cell_size" exp="" desc=""/>
  </constraintExpressions>
  <expressionfields/>
  <attributeactions/>
  <attributetableconfig actionWidgetStyle="dropDown" sortOrder="0" sortExpression="">
    <columns/>
  </attributetableconfig>
  <conditionalstyles>
    <rowstyles/>
    <fieldstyles/>
  </conditionalstyles>
  <storedexpressions/>
  <editform tolerant="1"></editform>
  <editforminit/>
  <editforminitcodesource>0</editforminitcodesource>
  <editforminitfilepath></editforminitfilepath>
  <editforminitcode><![CDATA[]]></editforminitcode>
  <featformsuppress>0</featformsuppress>
  <editorlayout>generatedlayout</editorlayout>
  <editable/>
  <labelOnTop/>
  <reuseLastValue/>
  <dataDefinedFieldProperties/>
  <widgets/>
  <previewExpression></previewExpression>
  <mapTip></mapTip>
  <layerGeometryType>2</layerGeometryType>
</qgis>
