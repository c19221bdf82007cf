package org.huigui.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CountyRepository extends JpaRepository<County, String> {
}

interface OfficeRepository extends JpaRepository<Office, String> {

	List<Office> findByCountyCodeIn(Collection<String> countyCodes);

}
