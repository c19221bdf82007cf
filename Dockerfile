# Builds and runs Huigui on a JRE; the postgres profile is chosen by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system huigui && mkdir -p /app/calendar && chown huigui /app/calendar
COPY --from=build /src/target/huigui-*.jar /app/huigui.jar
USER huigui
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/huigui.jar"]
